import { describe, expect, it } from "vitest";
import { isNameLikeItem, listItemVerdicts, listsOf } from "./list-items";

const span = (text: string, part: string) => {
  const start = Array.from(text.slice(0, text.indexOf(part))).length;
  return { start, end: start + Array.from(part).length };
};
const verdicts = (text: string, names: string[]) => {
  const chars = Array.from(text);
  const { stretch, add } = listItemVerdicts(
    chars,
    names.map((n) => span(text, n)),
  );
  const str = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join("");
  return { stretch: stretch.map((s) => `${str(s.name)}→${str(s.item)}`), add: add.map(str) };
};

describe("list items", () => {
  it("reads 、 lists item by item, bounded by brackets and clause punctuation but not by 和", () => {
    const chars = Array.from("委员：陈红、柏文和（满族）、俞海涛。");
    expect(listsOf(chars).map((l) => l.map((i) => chars.slice(i.start, i.end).join("")))).toEqual([
      ["陈红", "柏文和", "俞海涛"],
    ]);
    const other = Array.from("有甲和乙，丙、丁（女）");
    expect(listsOf(other).map((l) => l.map((i) => other.slice(i.start, i.end).join("")))).toEqual([["丙", "丁"]]);
  });

  it("ends a list's last item at 为 when what stands before it is name-long (…、宁小禾为副省长)", () => {
    const items = (text: string) => {
      const chars = Array.from(text);
      return listsOf(chars).map((l) => l.map((i) => chars.slice(i.start, i.end).join("")));
    };
    expect(items("副省长：柯远、汝林、宁小禾为副省长；")).toEqual([["柯远", "汝林", "宁小禾"]]);
    expect(verdicts("柯远、汝林、宁小禾为副省长", ["柯远", "汝林"]).add).toEqual(["宁小禾"]);
    // not in a list, or a longer last item: 为 is just a word
    expect(items("宁小禾为副省长")).toEqual([]);
    expect(items("柯远、汝林、宁小禾等同志为代表")).toEqual([["柯远", "汝林", "宁小禾"]]);
    expect(items("柯远、汝林、宁小禾同志们为代表")).toEqual([["柯远", "汝林", "宁小禾同志们为代表"]]);
  });

  it("stretches a name cut inside its item (陆永|曾) when the list holds another name", () => {
    expect(verdicts("张文卿、陆永曾、陈红", ["张文卿", "陆永", "陈红"]).stretch).toEqual(["陆永→陆永曾"]);
    // a dotted name may miss a whole part; a plain one only two characters
    expect(verdicts("张文卿、阿里木·买提江（维吾尔族）", ["张文卿", "阿里木"]).stretch).toEqual([
      "阿里木→阿里木·买提江",
    ]);
    expect(verdicts("张文卿、陆永曾海涛、陈红", ["张文卿", "陆永", "陈红"]).stretch).toEqual([]);
    // alone in its list, a cut name is left to the tagger
    expect(verdicts("会见了陆永曾、大使", ["陆永"]).stretch).toEqual([]);
  });

  it("takes an item nobody tagged between names, once the list holds two", () => {
    expect(verdicts("刘明武、汝林、邵海祥、苏晨", ["刘明武", "邵海祥", "苏晨"]).add).toEqual(["汝林"]);
    expect(verdicts("刘明武、汝林、邵海祥", ["刘明武"]).add).toEqual([]);
  });

  it("never takes titles, places, long items or forms of address for names", () => {
    expect(isNameLikeItem("经少平")).toBe(true);
    expect(isNameLikeItem("阿力木·买买提")).toBe(true);
    expect(isNameLikeItem("李四同志")).toBe(false);
    expect(isNameLikeItem("沙坪镇")).toBe(false);
    expect(isNameLikeItem("中华全国总工会")).toBe(false);
    expect(isNameLikeItem("·阿孜")).toBe(false);
  });
});

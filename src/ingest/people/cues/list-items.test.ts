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
    const chars = Array.from("委员：陈虹、柏均和（满族）、俞海潮。");
    expect(listsOf(chars).map((l) => l.map((i) => chars.slice(i.start, i.end).join("")))).toEqual([
      ["陈虹", "柏均和", "俞海潮"],
    ]);
    const other = Array.from("有甲和乙，丙、丁（女）");
    expect(listsOf(other).map((l) => l.map((i) => other.slice(i.start, i.end).join("")))).toEqual([["丙", "丁"]]);
  });

  it("stretches a name cut inside its item (陆懋|曾) when the list holds another name", () => {
    expect(verdicts("张思卿、陆懋曾、陈虹", ["张思卿", "陆懋", "陈虹"]).stretch).toEqual(["陆懋→陆懋曾"]);
    // alone in its list, a cut name is left to the tagger
    expect(verdicts("会见了陆懋曾、大使", ["陆懋"]).stretch).toEqual([]);
  });

  it("takes an item nobody tagged between names, once the list holds two", () => {
    expect(verdicts("刘心武、汝信、邵燕祥、苏星", ["刘心武", "邵燕祥", "苏星"]).add).toEqual(["汝信"]);
    expect(verdicts("刘心武、汝信、邵燕祥", ["刘心武"]).add).toEqual([]);
  });

  it("never takes titles, places, long items or forms of address for names", () => {
    expect(isNameLikeItem("经叔平")).toBe(true);
    expect(isNameLikeItem("阿不力米提·麻木提")).toBe(true);
    expect(isNameLikeItem("李四同志")).toBe(false);
    expect(isNameLikeItem("沙坪镇")).toBe(false);
    expect(isNameLikeItem("中华全国总工会")).toBe(false);
    expect(isNameLikeItem("·阿孜")).toBe(false);
  });
});

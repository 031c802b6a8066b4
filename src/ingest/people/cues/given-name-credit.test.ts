import { describe, expect, it } from "vitest";
import { givenNameCreditPieces } from "./given-name-credit";

const WORDS = new Set(["全文", "工作", "简报"]);
const PLACES = new Set(["湖北", "襄樊"]);

/** The names read from `text`'s closing bracket, with the names of `found` already marked. */
function pieces(text: string, found: readonly string[] = []): string[] | null {
  const chars = Array.from(text);
  const spans = found.map((n) => {
    const start = Array.from(text.slice(0, text.indexOf(n))).length;
    return { start, end: start + Array.from(n).length };
  });
  const out = givenNameCreditPieces(
    chars,
    spans,
    (w) => WORDS.has(w),
    (w) => PLACES.has(w),
  );
  return out === null ? null : out.map((p) => chars.slice(p.start, p.end).join(""));
}

describe("givenNameCreditPieces", () => {
  it("reads given names run together in a paragraph's closing bracket, with a full name among them", () => {
    expect(pieces("产量翻了一番。（家和军平）")).toEqual(["家和", "军平"]);
    expect(pieces("（沛然小禾）")).toEqual(["沛然", "小禾"]);
    expect(pieces("新路通车了。（柯书明宇然桑禾）", ["柯书明"])).toEqual(["柯书明", "宇然", "桑禾"]);
  });

  it("lets the tagger's name that cuts across the pieces give way", () => {
    expect(pieces("负担减轻了。（向宁翠禾）", ["宁翠禾"])).toEqual(["向宁", "翠禾"]);
  });

  it("leaves runs of surname-led names, names found whole and work credits to the other readers", () => {
    expect(pieces("投产了。（杜中武孙传刚）", ["杜中武"])).toBeNull();
    expect(pieces("成就。（归通昌张兴禾）", ["归通昌", "张兴禾"])).toBeNull();
    expect(pieces("（徐鹏飞作）")).toBeNull();
  });

  it("reads no note, unit, place, word or foreign name, and no bracket inside a sentence", () => {
    expect(pieces("贡献。（全文另发）")).toBeNull();
    expect(pieces("检查。（江东省水利厅防汛办）")).toBeNull();
    expect(pieces("发展。（湖北襄樊柯卫星）")).toBeNull();
    expect(pieces("回归。（海外新闻部）")).toBeNull();
    expect(pieces("（据新华社电）")).toBeNull();
    expect(pieces("效果。（乌兰察夫）")).toBeNull();
    expect(pieces("他们说（家和军平）")).toBeNull();
    expect(pieces("产量翻了一番。（家和军平）后来")).toBeNull();
  });
});

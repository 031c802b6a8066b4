import { describe, expect, it } from "vitest";
import { cutsAcrossWord } from "./dictionary-word-cut";

const WORDS = new Set(["长治久安", "安贫乐道", "加德满都", "邓小平理论", "一心一意"]);

const cuts = (text: string, part: string, names: string[] = []) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(part))).length;
  return cutsAcrossWord(chars, start, start + Array.from(part).length, WORDS, (w) => names.includes(w));
};

describe("a name cut across a dictionary word", () => {
  it("is a piece of the word when the word runs on outside the name", () => {
    expect(cuts("这是社会长治久安的基础", "治久安")).toBe(true);
    expect(cuts("他一向安贫乐道，从不抱怨", "安贫乐")).toBe(true);
    expect(cuts("飞往加德满都的航班", "加德")).toBe(true);
    expect(cuts("学习邓小平理论的体会", "平理")).toBe(true);
  });

  it("is a name when the word it touches is not cut, or the part inside is a name", () => {
    expect(cuts("这是社会稳定的基础，王治久说", "王治久")).toBe(false);
    expect(cuts("学习邓小平理论的体会", "邓小平", ["邓小平"])).toBe(false);
    // a word of the dictionary wholly inside the name, or beside it, is no cut
    expect(cuts("李一心一意地工作", "李一心一意")).toBe(false);
    expect(cuts("他说加德满都很美", "他说")).toBe(false);
  });
});

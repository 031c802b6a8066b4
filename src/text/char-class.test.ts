import { describe, expect, it } from "vitest";
import { isHan, isLatinLetter, isWide, stripWhitespace } from "./char-class";

describe("char classes", () => {
  it("knows Han ideographs, including rare and supplementary ones", () => {
    expect(["茂", "鋆", "〇", "𠀀"].every(isHan)).toBe(true);
    expect(["a", "1", "，", " "].some(isHan)).toBe(false);
  });
  it("counts CJK punctuation and markers as wide, ASCII as narrow", () => {
    expect(["，", "。", "“", "■", "（", "·"].every(isWide)).toBe(true);
    expect([",", "(", "a", "1"].some(isWide)).toBe(false);
  });
  it("knows Latin letters", () => {
    expect(isLatinLetter("é")).toBe(true);
    expect(isLatinLetter("1")).toBe(false);
  });
  it("strips every kind of whitespace", () => {
    expect(stripWhitespace(" 南北 联动\u3000合力\n")).toBe("南北联动合力");
  });
});

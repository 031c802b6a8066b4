import { describe, expect, it } from "vitest";
import { layoutUnits, wrapText } from "./poster-layout";

/** Every character one unit wide: a line of width 5 holds five. */
const measure = (text: string) => [...text].length;

describe("wrapText", () => {
  it("breaks CJK text between any two characters", () => {
    expect(wrapText("一二三四五六七八九十甲乙", 5, measure)).toEqual(["一二三四五", "六七八九十", "甲乙"]);
  });
  it("keeps Latin words whole", () => {
    expect(wrapText("报道 GDP growth 提速", 8, measure)).toEqual(["报道 GDP", "growth 提", "速"]);
    expect(layoutUnits("GDP增长6.5%")).toEqual(["GDP", "增", "长", "6", ".", "5", "%"]);
  });
  it("cuts a word wider than a line", () => {
    expect(wrapText("abcdefghij", 4, measure)).toEqual(["abcd", "efgh", "ij"]);
  });
  it("never starts a line with closing punctuation, nor ends one with an opening mark", () => {
    expect(wrapText("一二三四五，六七", 5, measure)).toEqual(["一二三四五，", "六七"]);
    expect(wrapText("一二三四《六七》", 5, measure)).toEqual(["一二三四", "《六七》"]);
  });
  it("stops at maxLines with an ellipsis that fits", () => {
    expect(wrapText("一二三四五六七八九十甲乙", 5, measure, { maxLines: 2 })).toEqual(["一二三四五", "六七八九…"]);
    expect(wrapText("一二三", 5, measure, { maxLines: 2 })).toEqual(["一二三"]);
  });
  it("collapses whitespace and gives no empty lines", () => {
    expect(wrapText("  一二\n\n三  ", 5, measure)).toEqual(["一二 三"]);
    expect(wrapText("", 5, measure)).toEqual([]);
  });
});

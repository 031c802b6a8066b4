import { describe, expect, it } from "vitest";
import { followsNumber } from "./date-part";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);

describe("date part", () => {
  it("tells a stretch right after a number", () => {
    expect(followsNumber(chars("11日晚与乌总统"), 2)).toBe(true);
    expect(followsNumber(chars("１１日晚"), 2)).toBe(true);
    expect(followsNumber(chars("今日晚与"), 2)).toBe(false);
    expect(followsNumber(chars("日晚"), 0)).toBe(false);
  });

  it("keeps a date out of a title joined by 与", () => {
    const text = chars("鲁哈尼11日晚与乌总统泽连斯基通电话");
    expect(titlesBefore(text, 11, new Set(), (end) => end === 3)).toEqual(["乌总统"]);
  });
});

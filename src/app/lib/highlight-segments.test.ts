import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("cuts the text at the ranges, in their order, whatever order they are given in", () => {
    expect(
      highlightSegments("乡村振兴战略", [
        [4, 6],
        [0, 2],
      ]),
    ).toEqual([
      { text: "乡村", marked: true },
      { text: "振兴", marked: false },
      { text: "战略", marked: true },
    ]);
  });

  it("leaves out ranges that overlap, reach past the text or are empty", () => {
    expect(
      highlightSegments("abcdef", [
        [1, 3],
        [2, 4],
        [5, 9],
        [4, 4],
      ]),
    ).toEqual([
      { text: "a", marked: false },
      { text: "bc", marked: true },
      { text: "def", marked: false },
    ]);
  });

  it("gives the whole text unmarked without ranges, and nothing for no text", () => {
    expect(highlightSegments("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", marked: false }]);
    expect(highlightSegments("", [])).toEqual([]);
  });
});

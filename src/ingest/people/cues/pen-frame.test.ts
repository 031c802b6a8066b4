import { describe, expect, it } from "vitest";
import { penFrameEnds } from "./pen-frame";

/** The spans of `text` (as strings of `length` characters) that end right before 笔下. */
function before(text: string, length: number): string[] {
  const chars = Array.from(text);
  return penFrameEnds(chars).map((end) => chars.slice(end - length, end).join(""));
}

describe("a name before 笔下", () => {
  it("finds where a writer's name ends before the frame", () => {
    expect(before("，在宁远舟笔下，江南的雨总是细的。", 3)).toEqual(["宁远舟"]);
    expect(before("走进柯岩笔下的小镇，又走进宁远舟笔下的雨巷", 2)).toEqual(["柯岩", "远舟"]);
  });

  it("finds nothing without the frame or too near the text's start", () => {
    expect(before("宁远舟写下的诗，笔记下来", 3)).toEqual([]);
    expect(before("笔下", 2)).toEqual([]);
  });
});

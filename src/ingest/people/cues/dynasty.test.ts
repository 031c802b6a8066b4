import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { dynastyEndingAt, isDynasty, leadingDynasty } from "./dynasty";

describe("a dynasty before a name", () => {
  it("is a dynasty word with 朝 or 代, or a two-character era", () => {
    expect(isDynasty("唐朝")).toBe(true);
    expect(isDynasty("宋代")).toBe(true);
    expect(isDynasty("北宋")).toBe(true);
    expect(isDynasty("唐明")).toBe(false);
    expect(dynastyEndingAt(Array.from("清代柯某"), 2)).toBe("清代");
    expect(dynastyEndingAt(Array.from("当代柯某"), 2)).toBeNull();
  });

  it("is cut off the front of a name", () => {
    expect(leadingDynasty(Array.from("明朝柯应明"), 0, 5)).toBe(2);
    expect(leadingDynasty(Array.from("明朝"), 0, 2)).toBe(0);
    expect(leadingDynasty(Array.from("明华柯"), 0, 3)).toBe(0);
  });

  it("is never a name, and leaves the name after it (tagger slips)", () => {
    const t = taggedWith("唐朝著名诗人柯商隐，明朝柯应明说过", ["唐朝", "明朝柯应明"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["柯应明"]);
  });
});

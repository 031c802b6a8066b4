import { describe, expect, it } from "vitest";
import { canBeInName, isBoundaryChar, startsClause } from "./boundaries";

describe("boundaries", () => {
  it("counts punctuation, text edges and joining words as boundaries", () => {
    expect(["，", "。", " ", "的", "及", undefined].map(isBoundaryChar)).toEqual([true, true, true, true, true, true]);
    expect(["实", "南", "区"].map(isBoundaryChar)).toEqual([false, false, false]);
  });

  it("knows clause starts and what a name may contain", () => {
    expect(startsClause("。")).toBe(true);
    expect(startsClause("、")).toBe(false);
    expect(canBeInName("鋆")).toBe(true);
    expect(canBeInName("的")).toBe(false);
    expect(canBeInName("A")).toBe(false);
  });
});

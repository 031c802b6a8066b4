import { describe, expect, it } from "vitest";
import { STACK_PIECE_GAP_EMS, stackedPieces } from "./stacked-pieces";
import { line } from "./testing-lines";

describe("stackedPieces", () => {
  it("reads a two-character name spaced down the page as one column of pieces", () => {
    const top = line("晁", 926.7, 340.1, 9.7, 1, true);
    const under = line("仁", 926.7, 361.1, 9.7, 2, true);
    expect(stackedPieces([under, top])).toEqual([[top, under]]);
  });
  it("keeps pieces far apart, at another x, or horizontal apart", () => {
    const a = line("晁", 926.7, 340.1, 9.7, 1, true);
    const far = line("仁", 926.7, 349.8 + (STACK_PIECE_GAP_EMS + 0.5) * 9.7, 9.7, 2, true);
    const aside = line("仁", 960, 361.1, 9.7, 3, true);
    const flat = line("仁", 926.7, 361.1, 9.7, 4);
    expect(stackedPieces([a, far, aside, flat])).toEqual([]);
  });
});

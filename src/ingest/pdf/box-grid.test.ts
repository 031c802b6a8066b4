import { describe, expect, it } from "vitest";
import { BoxGrid } from "./box-grid";
import { intersectionArea, type Rect } from "./geometry";

/** A small pseudo-random generator (the same boxes every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("BoxGrid", () => {
  it("finds every box that overlaps a box by some area, each once, as comparing all pairs does", () => {
    const next = random(7);
    const boxes: Rect[] = Array.from({ length: 400 }, () => ({
      x: next() * 900 - 50,
      y: next() * 1300 - 50,
      w: next() < 0.1 ? 0 : next() * (next() < 0.1 ? 600 : 80),
      h: next() * 40,
    }));
    // A run under a broken transform (wider than the grid files), one with no position, one off the page.
    boxes.push(
      { x: -1e7, y: 100, w: 2e7, h: 10 },
      { x: Number.NaN, y: 0, w: 10, h: 10 },
      { x: -400, y: -90, w: 50, h: 30 },
    );
    const grid = new BoxGrid(boxes);
    for (const box of boxes) {
      const near = grid.near(box);
      expect(new Set(near).size).toBe(near.length);
      const overlapping = boxes.flatMap((other, j) => (intersectionArea(box, other) > 0 ? [j] : []));
      expect(near).toEqual(expect.arrayContaining(overlapping));
    }
  });

  it("returns nothing for a box without area, and only boxes that come near", () => {
    const grid = new BoxGrid([
      { x: 0, y: 0, w: 10, h: 10 },
      { x: 500, y: 500, w: 10, h: 10 },
    ]);
    expect(grid.near({ x: 5, y: 5, w: 0, h: 10 })).toEqual([]);
    expect(grid.near({ x: 5, y: 5, w: 10, h: 10 })).toEqual([0]);
  });
});

import { expect, it } from "vitest";
import { articleBoxes } from "./article-boxes";

it("merges a column's blocks, keeps separate columns and a wider headline apart", () => {
  const boxes = articleBoxes(
    [
      { x: 0, y: 0, w: 300, h: 30 },
      { x: 0, y: 40, w: 140, h: 100 },
      { x: 0, y: 150, w: 140, h: 100 },
      { x: 160, y: 40, w: 140, h: 210 },
    ],
    10,
  );
  expect(boxes).toEqual([
    { x: 0, y: 0, w: 300, h: 30 },
    { x: 0, y: 40, w: 140, h: 210 },
    { x: 160, y: 40, w: 140, h: 210 },
  ]);
});

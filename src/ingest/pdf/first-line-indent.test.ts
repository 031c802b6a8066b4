import { expect, it } from "vitest";
import { columnLeft, columnLeftAmong, isIndented } from "./first-line-indent";
import { line } from "./testing-lines";

it("takes a line two ems in for a paragraph start, a ragged start for none", () => {
  const lines = [line("第一行", 30, 0), line("第二行", 10, 12), line("第三行", 10.5, 24)];
  const left = columnLeft(lines);
  expect(lines.map((l) => isIndented(l, left))).toEqual([true, false, false]);
});

it("measures a one-line block's indent from its column's edge", () => {
  // 终结。(short, ends a paragraph) then an indented first line cut into a block of its own.
  const column = {
    lines: [line("提供了中国方案。事实证明，历史并", 351, 1397, 8.3), line("终结。", 351, 1409, 8.3)],
    box: { x: 351, y: 1397, w: 152, h: 21 },
  };
  const single = {
    lines: [line("坚持唯物史观，还要坚持历史合力", 369, 1421, 8.3)],
    box: { x: 369, y: 1421, w: 134, h: 9 },
  };
  const left = columnLeftAmong(single, [column, single]);
  expect(left).toBe(351);
  expect(isIndented(single.lines[0]!, left)).toBe(true);
});

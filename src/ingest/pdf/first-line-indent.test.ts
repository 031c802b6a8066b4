import { expect, it } from "vitest";
import { columnLeft, columnLeftAmong, indentEdge, isIndented } from "./first-line-indent";
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

it("takes lines set short five ems in beside a headline for no paragraph start", () => {
  // A real page's last column beside a centred headline: its lines start 44 pt right of the
  // column's edge, the lines under the headline at the edge.
  const lines = [
    line("主要原因是生产力发展", 901.8, 78.3, 8.28),
    line("平不够高但有些领域的", 901.6, 90.2, 8.28),
    line("须靠深化要素市场化改", 900.9, 161.4, 8.28),
    line("才能从根本上解决完善产权制度", 856.9, 173.3, 8.28),
  ];
  expect(lines.map((l, i) => isIndented(l, indentEdge(lines, i, 856.9)))).toEqual([false, false, false, false]);
});

it("finds a paragraph start among lines set short from where the lines around it start", () => {
  const lines = [
    line("一行正文", 60, 0),
    line("上段末行", 60, 12),
    line("新段首行", 80, 24),
    line("一行正文", 60, 36),
    line("栏下全宽一行正文", 10, 48),
  ];
  expect(lines.map((l, i) => isIndented(l, indentEdge(lines, i, 10)))).toEqual([false, false, true, false, false]);
  expect(indentEdge(lines, 2, 10)).toBe(60);
  // A line alone: its column's edge.
  expect(indentEdge([lines[2]!], 0, 10)).toBe(10);
});

it("finds a paragraph start as the last of the lines set short, the full width under it", () => {
  // A column beside a vertical headline: its lines set 4.6 ems in, the last of them a paragraph's
  // first line, two ems further in; under the headline the full width from the column's edge.
  const lines = [
    line("一行正文", 245.4, 1290, 8.28),
    line("上段末行", 240.9, 1301.9, 8.28),
    line("新段首行", 263.4, 1313.8, 8.28),
    line("栏下全宽一行正文", 207.4, 1325.7, 8.28),
    line("栏下全宽一行正文", 207.4, 1337.6, 8.28),
  ];
  expect(lines.map((l, i) => isIndented(l, indentEdge(lines, i, 207.4)))).toEqual([false, false, true, false, false]);
});

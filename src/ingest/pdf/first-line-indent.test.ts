import { expect, it } from "vitest";
import { columnLeft, isIndented } from "./first-line-indent";
import { line } from "./testing-lines";

it("takes a line two ems in for a paragraph start, a ragged start for none", () => {
  const lines = [line("第一行", 30, 0), line("第二行", 10, 12), line("第三行", 10.5, 24)];
  const left = columnLeft(lines);
  expect(lines.map((l) => isIndented(l, left))).toEqual([true, false, false]);
});

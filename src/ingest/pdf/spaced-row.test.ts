import { describe, expect, it } from "vitest";
import { rowText, spacedRows } from "./spaced-row";
import { line } from "./testing-lines";

describe("spacedRows and rowText", () => {
  it("reads a letter-spaced name as one word", () => {
    const rows = spacedRows([line("叶", 291, 1140, 9.7, 1), line("帆", 312, 1140, 9.7, 2)]);
    expect(rows).toHaveLength(1);
    expect(rowText(rows[0]!)).toBe("叶帆");
  });
  it("reads a spaced photo credit with its role set off", () => {
    const rows = spacedRows([
      line("徐", 963, 1420, 8.3, 1),
      line("昱摄", 981, 1420, 8.3, 2),
      line("新华社记者", 909, 1421, 8.3, 3),
    ]);
    expect(rows.map(rowText)).toEqual(["新华社记者 徐昱摄"]);
  });
  it("keeps lines of other rows and far columns apart", () => {
    const rows = spacedRows([
      line("第一行", 10, 100, 9, 1),
      line("第二行", 10, 112, 9, 2),
      line("远处", 300, 100, 9, 3),
    ]);
    expect(rows).toHaveLength(3);
  });
});

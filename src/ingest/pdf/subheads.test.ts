import { describe, expect, it } from "vitest";
import { columnBlocks } from "./column-blocks";
import { isSubhead, joinSubheadLines } from "./subheads";
import { line } from "./testing-lines";

describe("joinSubheadLines", () => {
  it("joins a subhead set centred over two lines into one block", () => {
    // 不忘初心走在 / 时代前列: the second line is short and set left of the first.
    const lines = [line("不 忘 初 心 走 在", 47, 376, 12.9, 1), line("时代前列", 19, 393, 12.9, 2)];
    const blocks = columnBlocks(lines);
    expect(blocks).toHaveLength(2);
    const joined = joinSubheadLines(blocks, 8.3);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.lines.map((l) => l.text)).toEqual(["不 忘 初 心 走 在", "时代前列"]);
    expect(isSubhead(joined[0]!, 8.3)).toBe(true);
  });
  it("keeps body blocks and subheads far apart as they are", () => {
    const lines = [
      line("第一个小标题", 20, 100, 12.9, 1),
      line("正文一行正文一行", 10, 140, 8.3, 2),
      line("第二个小标题", 20, 160, 12.9, 3),
    ];
    expect(joinSubheadLines(columnBlocks(lines), 8.3)).toHaveLength(3);
  });
});

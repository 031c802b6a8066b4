import { describe, expect, it } from "vitest";
import { columnBlocks } from "./column-blocks";
import type { PageLine } from "./page-lines";

/** A body line (8.3 pt type on 11.9 pt leading) with its box as the text layer gives it. */
function at(no: number, text: string, x: number, y: number, w: number): PageLine {
  return { no, text, box: { x, y, w, h: 9 }, size: 8.28, vertical: false };
}

describe("columnBlocks", () => {
  it("keeps a column whole across a paragraph that ends in a line of three characters", () => {
    // A real page's right column: "大贡献。" (35 pt wide) over the next paragraph's first line,
    // indented two ems: they share 17 pt, less than half the short line.
    const lines = [
      at(1, "时间取得了巨大的现代化成就", 738.4, 1218.8, 269.3),
      at(2, "的强劲势头；展望未来，中国", 738.4, 1230.6, 269.3),
      at(3, "大贡献。", 738.4, 1242.5, 35.3),
      at(4, "中国现代化的成就具有重大", 756.4, 1254.4, 251.3),
      at(5, "民族伟大复兴的中国梦", 738.4, 1266.3, 269.3),
    ];
    const blocks = columnBlocks(lines);
    expect(blocks.map((b) => b.lines.map((l) => l.no))).toEqual([[1, 2, 3, 4, 5]]);
    const { x, y, w, h } = blocks[0]!.box;
    expect([x, y, w, y + h].map((v) => Math.round(v * 10) / 10)).toEqual([738.4, 1218.8, 269.3, 1275.3]);
  });

  it("keeps a column whole when the short last line lies wholly left of the next indent", () => {
    const lines = [
      at(1, "一行正文一行正文一行正文", 10, 100, 160),
      at(2, "正文。", 10, 112, 18),
      at(3, "下一段的第一行正文", 28, 124, 142),
    ];
    expect(columnBlocks(lines)).toHaveLength(1);
  });

  it("starts a block at the next column, at a gap down the page and at another size", () => {
    const lines = [
      at(1, "第一栏正文第一栏正文", 10, 100, 160),
      at(2, "第一栏。", 10, 112, 36),
      // The next column's top, level with the first's lines.
      at(3, "第二栏正文第二栏正文", 184, 100, 160),
      at(4, "第二栏正文第二栏正文", 184, 112, 160),
      // Two lines' leading below the first column's end.
      at(5, "另一篇的正文另一篇的", 10, 145, 160),
      { ...at(6, "小标题", 40, 157, 40), size: 12.9 },
    ];
    expect(columnBlocks(lines).map((b) => b.lines.map((l) => l.no))).toEqual([[1, 2], [3, 4], [5], [6]]);
  });
});

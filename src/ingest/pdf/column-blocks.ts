import { bottom, overlap, union, type Rect } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * Lines → column blocks: a line joins the block whose last line stands right above it in the same
 * column (lines close down the page, sizes alike, the line's span overlapping the column the
 * block's lines cover). A larger gap, another size or another column starts a block.
 *
 * The column is the span of all the block's lines, not its last line's: a paragraph's last line
 * may hold two or three characters, and the next paragraph's first line, indented two ems, then
 * barely overlaps it ("大贡献。" over an indented line shares one em of its three). Measured against
 * that short line alone, a paragraph break would end the block, and the column's rest would be a
 * block of its own that the headlines' distances can give to another article (real page: the
 * right column's last two paragraphs, under a vertical headline, went to the article on its left).
 */
/** Lines of a block are at most this many ems apart (leading), more is a break. */
export const BLOCK_LINE_GAP_EMS = 0.9;
/** Sizes within this ratio set one block. */
export const BLOCK_SIZE_RATIO = 0.08;
/** A line joins a block when its span and the block's column overlap by this share of the narrower one. */
export const BLOCK_OVERLAP = 0.5;

export interface ColumnBlock {
  lines: PageLine[];
  box: Rect;
  size: number;
}

export function columnBlocks(lines: readonly PageLine[]): ColumnBlock[] {
  const blocks: { lines: PageLine[]; left: number; right: number }[] = [];
  const sorted = [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  for (const line of sorted) {
    const [left, right] = [line.box.x, line.box.x + line.box.w];
    const block = blocks.find((b) => {
      const last = b.lines.at(-1)!;
      const gap = line.box.y - bottom(last.box);
      return (
        gap >= -0.3 * line.size &&
        gap <= BLOCK_LINE_GAP_EMS * line.size &&
        Math.abs(last.size - line.size) <= BLOCK_SIZE_RATIO * Math.max(last.size, line.size) &&
        overlap(b.left, b.right, left, right) >= BLOCK_OVERLAP * Math.min(b.right - b.left, right - left)
      );
    });
    if (block) {
      block.lines.push(line);
      block.left = Math.min(block.left, left);
      block.right = Math.max(block.right, right);
    } else blocks.push({ lines: [line], left, right });
  }
  return blocks.map((b) => ({ lines: b.lines, box: union(b.lines.map((l) => l.box)), size: b.lines[0]!.size }));
}

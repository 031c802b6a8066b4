import { bottom, horizontalOverlap, union, type Rect } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * Lines → column blocks: a line joins the block whose last line stands right above it in the same
 * column (lines close down the page, sizes alike, their spans overlapping). A larger gap, another
 * size or another column starts a block.
 */
/** Lines of a block are at most this many ems apart (leading), more is a break. */
export const BLOCK_LINE_GAP_EMS = 0.9;
/** Sizes within this ratio set one block. */
export const BLOCK_SIZE_RATIO = 0.08;
/** A line joins a block when their spans overlap by this share of the narrower one. */
export const BLOCK_OVERLAP = 0.5;

export interface ColumnBlock {
  lines: PageLine[];
  box: Rect;
  size: number;
}

export function columnBlocks(lines: readonly PageLine[]): ColumnBlock[] {
  const blocks: { lines: PageLine[] }[] = [];
  const sorted = [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  for (const line of sorted) {
    const block = blocks.find((b) => {
      const last = b.lines.at(-1)!;
      const gap = line.box.y - bottom(last.box);
      return (
        gap >= -0.3 * line.size &&
        gap <= BLOCK_LINE_GAP_EMS * line.size &&
        Math.abs(last.size - line.size) <= BLOCK_SIZE_RATIO * Math.max(last.size, line.size) &&
        horizontalOverlap(last.box, line.box) >= BLOCK_OVERLAP * Math.min(last.box.w, line.box.w)
      );
    });
    if (block) block.lines.push(line);
    else blocks.push({ lines: [line] });
  }
  return blocks.map((b) => ({ lines: b.lines, box: union(b.lines.map((l) => l.box)), size: b.lines[0]!.size }));
}

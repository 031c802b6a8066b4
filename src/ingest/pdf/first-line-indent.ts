import { horizontalOverlap, type Rect } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * Paragraph starts from the first-line indent: the text export loses them, the geometry keeps
 * them. A line that starts at least this many ems right of its column's left edge opens a
 * paragraph; the first line of a column without one continues the paragraph of the column before.
 */
export const INDENT_MIN_EMS = 1.2;
/**
 * An indent is two ems: a line that starts more than this many ems right of the column's edge is
 * set short around something (a headline set into the column's top), not a paragraph's start
 * (real page: the lines beside a centred headline start 5.3 ems in).
 */
export const INDENT_MAX_EMS = 4;

/** The column's left edge: the leftmost start among its lines (most lines are not indented). */
export function columnLeft(lines: readonly PageLine[]): number {
  return Math.min(...lines.map((l) => l.box.x));
}

/** Blocks of one column overlap by at least this share of the wider one (a note across two columns is in neither). */
export const SAME_COLUMN = 0.5;

/**
 * The left edge of a block's column among the article's blocks: a block of one indented line (a
 * paragraph's first line, cut from the column's block because the line above it is short) starts
 * right of the column's edge, not at its own.
 */
export function columnLeftAmong(
  block: { lines: readonly PageLine[]; box: Rect },
  blocks: readonly { lines: readonly PageLine[]; box: Rect }[],
): number {
  const column = blocks.filter(
    (b) => horizontalOverlap(b.box, block.box) >= SAME_COLUMN * Math.max(b.box.w, block.box.w),
  );
  return Math.min(columnLeft(block.lines), ...column.map((b) => columnLeft(b.lines)));
}

/**
 * The edge a block's line is indented from: where the lines right above and below it start, when
 * they start right of the column's edge (lines set short around something, a paragraph starting
 * among them), else the column's edge. Where the two differ (the last line set short beside a
 * headline, the full width under it), the line is measured from the one it starts an indent right
 * of: a paragraph's first line as the last of the lines set short opens its paragraph (real page:
 * a column beside a vertical headline, the first line under it at the column's edge, read as
 * set short and the two paragraphs as one).
 */
export function indentEdge(lines: readonly PageLine[], i: number, left: number): number {
  const around = [lines[i - 1], lines[i + 1]].filter((l) => l !== undefined).map((l) => Math.max(left, l.box.x));
  if (around.length === 0) return left;
  const [near, far] = [Math.max(...around), Math.min(...around)];
  return isIndented(lines[i]!, near) ? near : far;
}

export function isIndented(line: PageLine, left: number): boolean {
  const indent = line.box.x - left;
  return indent >= INDENT_MIN_EMS * line.size && indent <= INDENT_MAX_EMS * line.size;
}

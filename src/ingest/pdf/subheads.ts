import { bottom, horizontalOverlap, union } from "./geometry";
import type { ColumnBlock } from "./column-blocks";

/**
 * Subheads inside an article (小标题): set larger than the body, a paragraph of their own. A subhead
 * over two or three lines is one paragraph: its lines are centred or set ragged, so they do not
 * line up as a column's lines do and come out as blocks of their own, one above the other.
 */
/** A subhead is set at least this many times the body size (a headline at 1.8 × or more). */
export const SUBHEAD_SIZE_RATIO = 1.15;
/** Lines of one subhead are at most this many (of its) ems apart down the page. */
export const SUBHEAD_LINE_GAP_EMS = 0.9;

export function isSubhead(block: ColumnBlock, bodySize: number): boolean {
  return block.size >= SUBHEAD_SIZE_RATIO * bodySize;
}

/** Joins subhead blocks stacked one right under the other in one column into one block. */
export function joinSubheadLines(blocks: readonly ColumnBlock[], bodySize: number): ColumnBlock[] {
  const out: ColumnBlock[] = [];
  const sorted = [...blocks].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  for (const block of sorted) {
    const above = isSubhead(block, bodySize)
      ? out.find(
          (o) =>
            isSubhead(o, bodySize) &&
            Math.abs(o.size - block.size) <= 0.05 * block.size &&
            horizontalOverlap(o.box, block.box) > 0 &&
            block.box.y - bottom(o.box) >= -0.3 * block.size &&
            block.box.y - bottom(o.box) <= SUBHEAD_LINE_GAP_EMS * block.size,
        )
      : undefined;
    if (above === undefined) out.push(block);
    else
      out[out.indexOf(above)] = {
        ...above,
        lines: [...above.lines, ...block.lines],
        box: union([above.box, block.box]),
      };
  }
  return out;
}

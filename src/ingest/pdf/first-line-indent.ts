import type { PageLine } from "./page-lines";

/**
 * Paragraph starts from the first-line indent: the text export loses them, the geometry keeps
 * them. A line that starts at least this many ems right of its column's left edge opens a
 * paragraph; the first line of a column without one continues the paragraph of the column before.
 */
export const INDENT_MIN_EMS = 1.2;

/** The column's left edge: the leftmost start among its lines (most lines are not indented). */
export function columnLeft(lines: readonly PageLine[]): number {
  return Math.min(...lines.map((l) => l.box.x));
}

export function isIndented(line: PageLine, left: number): boolean {
  return line.box.x - left >= INDENT_MIN_EMS * line.size;
}

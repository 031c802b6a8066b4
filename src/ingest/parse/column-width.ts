import { lineWidth } from "./line-width";
import { isSpacedOut } from "./spaced-out-line";

/**
 * The column width of an article's body, in ems: an upper quantile of its line widths. Full lines
 * are the commonest, but in a short article with short paragraphs, first and last lines can be
 * half of them, which pulls a median below the column's edge; the upper quantile stays on it.
 * Spaced-out lines are left out (their width says nothing about the column).
 */
/** Which quantile of the line widths is taken as the column width. */
export const COLUMN_WIDTH_QUANTILE = 0.75;

export function columnWidth(lines: readonly string[]): number {
  return columnWidthOf(lines.filter((text) => !isSpacedOut(text)).map(lineWidth));
}

/** The same from widths already measured (spaced-out lines left out by the caller). */
export function columnWidthOf(lineWidths: readonly number[]): number {
  const widths = [...lineWidths].sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.min(widths.length - 1, Math.floor(widths.length * COLUMN_WIDTH_QUANTILE))]!;
}

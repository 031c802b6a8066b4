import { lineWidth } from "./line-width";
import { isSpacedOut } from "./spaced-out-line";

/**
 * The column width of an article's body, in ems: an upper quantile of its line widths. Full lines
 * are the commonest, but in a short article with short paragraphs, first and last lines can be
 * half of them, which pulls a median below the column's edge; the upper quantile stays on it.
 * Spaced-out lines are justified to the column's edge, so they are full lines whose width the
 * export's spaces hide: they count at the top of the distribution, unmeasured.
 */
/** Which quantile of the line widths is taken as the column width. */
export const COLUMN_WIDTH_QUANTILE = 0.75;

export function columnWidth(lines: readonly string[]): number {
  const spacedOut = lines.filter(isSpacedOut).length;
  return columnWidthOf(lines.filter((text) => !isSpacedOut(text)).map(lineWidth), spacedOut);
}

/** The same from widths already measured, plus the number of spaced-out (full) lines left out. */
export function columnWidthOf(lineWidths: readonly number[], spacedOutLines = 0): number {
  const widths = [...lineWidths].sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  const at = Math.floor((widths.length + spacedOutLines) * COLUMN_WIDTH_QUANTILE);
  return widths[Math.min(widths.length - 1, at)]!;
}

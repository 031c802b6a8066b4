import type { BylineMatch } from "../parse/byline";
import { authorLine } from "./author-line";
import { authorsByline } from "./author-names";
import { bottom, horizontalOverlap, right, union, verticalOverlap, type Rect } from "./geometry";
import type { PageLine } from "./page-lines";
import { rowText, spacedRows } from "./spaced-row";
import { stackedPieces } from "./stacked-pieces";

/**
 * The author line set with a headline rather than with the text: a commentary's name centred
 * under its title (`陈 曙 光` between the headline and the columns), or stacked beside a vertical
 * headline (竖排 `欧阳辉` left of the title). It reads as a name, stands within a headline's span
 * and close to it, and is the article's byline — not a block of its text, which would put the name
 * in the middle of the article's paragraphs (the columns under a headline start left of it). A name
 * letter-spaced wide (`叶   帆`) comes in pieces of one row (or, stacked, of one column) and is
 * read as one; several authors on a row are read name by name (`author-names.ts`).
 */
/** The credit stands at most this many of the headline's ems below it (or beside a vertical one). */
export const CREDIT_GAP_EMS = 1;
/** …and is set smaller than the headline: at most this share of its size. */
export const CREDIT_MAX_SIZE_SHARE = 0.7;
/**
 * A vertical headline's glyph boxes are as wide as its size, wider than the ink: a name set close
 * beside it may overlap its box by up to this share of the name's own width (its middle outside).
 */
export const VERTICAL_OVERLAP_SHARE = 0.5;

export interface HeadlineCredit {
  /** The printed line, or the pieces of a letter-spaced one. */
  lines: PageLine[];
  box: Rect;
  byline: BylineMatch;
}

/**
 * For each headline (its box and size), the credit line that belongs to it, if any: a line goes
 * to its nearest headline, and a headline keeps its nearest credit line.
 */
export function headlineCredits(
  headlines: readonly { box: Rect; size: number; vertical: boolean }[],
  lines: readonly PageLine[],
): (HeadlineCredit | null)[] {
  const credits: (HeadlineCredit | null)[] = headlines.map(() => null);
  const gaps = headlines.map(() => Infinity);
  // Each row (or stacked column) of several pieces read as one, then each line: at the same gap
  // a whole row of names wins over one of its pieces.
  const rows = [...spacedRows(lines).filter((r) => r.length > 1), ...stackedPieces(lines)];
  const candidates = [...rows, ...lines.map((l) => [l])];
  for (const pieces of candidates) {
    const byline =
      pieces.length === 1
        ? authorLine(pieces[0]!.text)
        : (authorsByline(pieces) ?? (pieces[0]!.vertical ? null : authorLine(rowText(pieces))));
    if (byline === null) continue;
    const line = { ...pieces[0]!, box: union(pieces.map((p) => p.box)) };
    let best = -1;
    let bestGap = Infinity;
    headlines.forEach((h, i) => {
      if (line.size > CREDIT_MAX_SIZE_SHARE * h.size) return;
      const gap = creditGap(h, line);
      if (gap !== null && gap <= CREDIT_GAP_EMS * h.size && gap < bestGap) [best, bestGap] = [i, gap];
    });
    if (best >= 0 && bestGap < gaps[best]!) {
      credits[best] = { lines: pieces, box: line.box, byline };
      gaps[best] = bestGap;
    }
  }
  return credits;
}

/** How far the line stands from the headline where a credit stands, or null when it does not. */
function creditGap(h: { box: Rect; vertical: boolean }, line: PageLine): number | null {
  const { box } = h;
  if (h.vertical) {
    // Beside a vertical title, within its height.
    if (verticalOverlap(box, line.box) < 0.5 * line.box.h) return null;
    const middle = line.box.x + line.box.w / 2;
    const gap = middle >= right(box) ? line.box.x - right(box) : box.x - right(line.box);
    return gap >= -VERTICAL_OVERLAP_SHARE * line.box.w ? Math.max(0, gap) : null;
  }
  // Under a horizontal headline, wholly within its span.
  if (horizontalOverlap(box, line.box) < line.box.w - 0.5) return null;
  const gap = line.box.y - bottom(box);
  return gap >= -0.25 * line.size ? Math.max(0, gap) : null;
}

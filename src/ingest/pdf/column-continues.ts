import { bottom, horizontalOverlap, type Rect } from "./geometry";
import { separated, type Segment } from "./rules";

/**
 * A piece no headline owns that stands in a column right under or over a block an article owns
 * continues that column: it is that article's. A subhead in the first column of a headline set
 * into its columns, narrower than the column and reaching a little under the headline's end, is
 * neither beside the headline nor under enough of it; the column's text above and below it is
 * the article's (real page: its 20 characters were left unassigned). A rule between the two keeps
 * them apart.
 */
/** The piece stands at most this many body ems from the block (a subhead's space above and below it). */
export const CONTINUE_GAP_EMS = 3;
/** In one column: the two overlap by this share of the narrower one. */
export const CONTINUE_OVERLAP = 0.5;

export function continuedOwner(
  piece: Rect,
  owned: readonly { box: Rect; owner: number }[],
  em: number,
  rules: readonly Segment[] = [],
): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  for (const { box, owner } of owned) {
    if (horizontalOverlap(box, piece) < CONTINUE_OVERLAP * Math.min(box.w, piece.w)) continue;
    const gap = Math.max(piece.y - bottom(box), box.y - bottom(piece));
    if (gap > CONTINUE_GAP_EMS * em || gap >= bestGap || separated(box, piece, rules)) continue;
    best = owner;
    bestGap = gap;
  }
  return best;
}

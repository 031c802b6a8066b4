import { bottom, horizontalOverlap, intersectionArea, right, verticalOverlap, type Rect } from "./geometry";
import { separated, type Segment } from "./rules";

/**
 * Which article a piece of the page (a column block, a photo, a jump line) belongs to: the
 * headline right above it that spans its column (or ends over it, centred over its columns), or a
 * vertical headline beside it when that one is nearer. A headline on the other side of a rule or a frame's edge owns nothing here. When no
 * headline above owns the piece, a headline beside it on the same level does (the last column of
 * an article whose headline is shorter than its columns, starting higher than the headline). A
 * piece that the rules close off from every headline (a photo standing in a box of its own) goes
 * to the headline that would own it without them. Null: no headline owns it.
 */
/** A headline owns what starts at most this many ems above its bottom edge (a slight overlap). */
export const ABOVE_TOLERANCE_EMS = 0.5;
/** A headline spans a block's column when it covers this share of the block's width. */
export const SPAN_SHARE = 0.3;
/**
 * A headline shorter than its article's columns leaves the last column uncovered: a headline above
 * and at most one block's width to the side still owns it, its side gap counted this many times
 * over in the distance (so a spanning headline not much farther wins). A vertical headline farther
 * to the side than the piece is wide (other columns stand between) counts its gap as many times.
 */
export const SIDE_GAP_WEIGHT = 3;
/**
 * A headline centred over its columns covers the outer ones only in part: a horizontal headline
 * whose end covers this share of a piece (less than SPAN_SHARE) owns it as if it spanned it. Real
 * pages: the outer columns under a centred headline are covered 19–28 %; a photo beside a
 * headline's end, under another article's vertical headline, 9 %.
 */
export const END_SHARE = 0.15;

export function owningHeadline(
  piece: Rect,
  headlines: readonly Rect[],
  em: number,
  rules: readonly Segment[] = [],
): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  const open = headlines.map((h) => !separated(h, piece, rules));
  headlines.forEach((h, i) => {
    if (!open[i]) return;
    let distance = Infinity;
    const above = bottom(h) <= piece.y + ABOVE_TOLERANCE_EMS * em;
    const sideGap = Math.max(piece.x - right(h), h.x - right(piece));
    if (h.h > h.w && intersectionArea(h, piece) > 0) {
      // Text set around a vertical headline standing inside its columns is its article's.
      distance = 0;
    } else if (above && horizontalOverlap(h, piece) >= SPAN_SHARE * piece.w) {
      distance = piece.y - bottom(h);
    } else if (above && h.h > h.w && horizontalOverlap(h, piece) >= SPAN_SHARE * h.w) {
      // Under a vertical headline standing over the column's end (a note closing its article):
      // a weak cue, its distance counted as a side gap's.
      distance = SIDE_GAP_WEIGHT * (piece.y - bottom(h));
    } else if (above && sideGap > 0 && sideGap <= piece.w) {
      distance = piece.y - bottom(h) + SIDE_GAP_WEIGHT * sideGap;
    } else if (above && h.w > h.h && horizontalOverlap(h, piece) >= END_SHARE * piece.w) {
      // Under the end of a headline centred over its columns: it covers the outer ones in part.
      distance = piece.y - bottom(h);
    } else if (h.h > h.w && verticalOverlap(h, piece) > 0) {
      // Beside a vertical headline: the piece shares some of its height, to its left or right.
      const gap = piece.x >= right(h) ? piece.x - right(h) : right(piece) <= h.x ? h.x - right(piece) : Infinity;
      distance = gap <= piece.w ? gap : SIDE_GAP_WEIGHT * gap;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  if (best !== null) return best;
  // Beside a headline on its level: the piece shares some of its height, at most a piece's width
  // away — or the headline's end reaches over its edge (less than SPAN_SHARE: a headline set into
  // its columns, the first and last of them running down beside it from above).
  headlines.forEach((h, i) => {
    const sideGap = Math.max(0, piece.x - right(h), h.x - right(piece));
    if (
      open[i] &&
      verticalOverlap(h, piece) > 0 &&
      horizontalOverlap(h, piece) < SPAN_SHARE * piece.w &&
      sideGap <= piece.w &&
      sideGap < bestDistance
    ) {
      bestDistance = sideGap;
      best = i;
    }
  });
  if (best === null && rules.length > 0 && !open.some(Boolean)) return owningHeadline(piece, headlines, em);
  return best;
}

import { bottom, horizontalOverlap, intersectionArea, right, verticalOverlap, type Rect } from "./geometry";

/**
 * Which article a piece of the page (a column block, a photo, a jump line) belongs to: the
 * headline right above it that spans its column, or a headline beside it (a vertical headline, or
 * a headline set to the side of its columns) when that one is nearer. Null: no headline owns it.
 */
/** A headline owns what starts at most this many ems above its bottom edge (a slight overlap). */
export const ABOVE_TOLERANCE_EMS = 0.5;
/** A headline spans a block's column when it covers this share of the block's width. */
export const SPAN_SHARE = 0.3;

export function owningHeadline(piece: Rect, headlines: readonly Rect[], em: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  headlines.forEach((h, i) => {
    let distance = Infinity;
    const above = bottom(h) <= piece.y + ABOVE_TOLERANCE_EMS * em;
    if (intersectionArea(h, piece) > 0) {
      // Text set around the headline (a vertical headline inside its columns) is its article's.
      distance = 0;
    } else if (above && horizontalOverlap(h, piece) >= SPAN_SHARE * Math.min(piece.w, h.w)) {
      distance = piece.y - bottom(h);
    } else if (verticalOverlap(h, piece) > 0) {
      // Beside: the piece shares some of the headline's height, to its left or right.
      const gap = piece.x >= right(h) ? piece.x - right(h) : right(piece) <= h.x ? h.x - right(piece) : Infinity;
      distance = gap;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

import { bottom, overlap, right, union, type Rect } from "./geometry";

/**
 * An article's region as few boxes as its shape needs: the rectangles of its parts, merged where
 * one stands right above another in the same column span (a column's blocks, a headline over its
 * columns merge only when their spans match).
 */
/** Spans match when they overlap by this share of each. */
export const SAME_SPAN = 0.9;
/** Parts at most this many ems apart down the page merge. */
export const MERGE_GAP_EMS = 2.5;

export function articleBoxes(parts: readonly Rect[], em: number): Rect[] {
  let boxes = [...parts];
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const shared = overlap(a.x, right(a), b.x, right(b));
        const sameSpan = shared >= SAME_SPAN * a.w && shared >= SAME_SPAN * b.w;
        const gap = Math.max(b.y - bottom(a), a.y - bottom(b));
        if (sameSpan && gap <= MERGE_GAP_EMS * em) {
          boxes = [...boxes.filter((_, k) => k !== i && k !== j), union([a, b])];
          merged = true;
          break outer;
        }
      }
    }
  }
  return boxes.sort((a, b) => a.y - b.y || a.x - b.x);
}

import { BoxGrid, hasArea } from "./box-grid";
import { area, intersectionArea } from "./geometry";
import type { PdfTextItem } from "./read-pdf";

/**
 * Text drawn twice is read once. Headlines get a shadow or an outline layer: the same text drawn
 * again a hair's breadth off; a page header may be drawn whole and again in pieces (`7 理论`, then
 * `7` and `理论`). A run is such a copy when another run of the same size holds its text and
 * covers most of its box; of two equal runs the later one goes.
 */
/** Share of a run's box another run must cover for the run to be its copy. */
export const COPY_COVERAGE = 0.6;
/** Sizes within this ratio count as the same size. */
export const SAME_SIZE_RATIO = 0.05;

export function dropDrawnTwice(items: readonly PdfTextItem[]): PdfTextItem[] {
  const dense = items.map((item) => item.text.replace(/\s+/gu, ""));
  const dropped = new Array<boolean>(items.length).fill(false);
  // A run with an area can only be covered by runs that overlap it: those the grid gives, not the
  // whole page (a page has 1 000–2 000 runs). A run without one (0 ≥ 0) is compared with all.
  const grid = new BoxGrid(items);
  const all = items.map((_, j) => j);
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    if (dense[i] === "") continue;
    for (const j of hasArea(a) ? grid.near(a) : all) {
      if (i === j || dropped[j] || dense[j] === "") continue;
      const b = items[j]!;
      if (a.vertical !== b.vertical || Math.abs(a.size - b.size) > SAME_SIZE_RATIO * b.size) continue;
      if (!dense[j]!.includes(dense[i]!)) continue;
      // Equal texts: keep the first drawn. A shorter text inside a longer one: keep the longer.
      if (dense[j] === dense[i] && j > i) continue;
      if (intersectionArea(a, b) >= COPY_COVERAGE * area(a)) {
        dropped[i] = true;
        break;
      }
    }
  }
  return items.filter((_, i) => !dropped[i]);
}

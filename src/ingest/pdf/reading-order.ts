import { bottom, horizontalOverlap, type Rect } from "./geometry";

/**
 * Reading order of an article's blocks: its columns left to right, each top to bottom — except
 * that a block spanning two or more of its columns (a note under a chart across the columns, the
 * columns' end under a wide graphic) cuts the order: what stands above it is read first, column
 * by column, then the spanning block, then what stands below it. A block joins a column when the
 * two overlap by at least half the narrower one; a block that reaches well into two columns spans
 * them (a source note under a chart, one line wider than a column but not two columns wide, is
 * none of one column's text).
 *
 * A block narrower than a column can be (a paragraph's last two or three characters split off at a
 * column's top, a name's characters set apart under the headline) shows no column: it is read in
 * the column it overlaps, else by its place. Counted as columns, two such pieces over one column
 * made that column's text a block spanning them, cut into the order: the columns to its left, or
 * the first column starting lower under a column logo, were read after it (real pages: a second
 * author's name set apart, one character a piece, over the third column). Such pieces standing
 * above all of the columns' text are read first (what is set between a headline and its text).
 */
/** A block joins a column when they overlap by this share of the narrower one. */
export const COLUMN_OVERLAP = 0.5;
/** A block spans the columns it covers by at least this share of their width each (two or more). */
export const SPAN_OVERLAP = 0.2;
/** A block at least this many of its ems wide can show a column; a narrower one cannot (columns are 12–20 ems). */
export const MIN_COLUMN_EMS = 5;

export function readingOrder<T extends { box: Rect; size: number }>(blocks: readonly T[]): T[] {
  // Columns from the narrower blocks first: the ones that show the column grid.
  const columns: Rect[] = [];
  const joins = (c: Rect, b: Rect) => horizontalOverlap(c, b) >= COLUMN_OVERLAP * Math.min(c.w, b.w);
  const wideEnough = (b: T) => b.box.w >= MIN_COLUMN_EMS * b.size;
  for (const block of blocks.filter(wideEnough).sort((a, b) => a.box.w - b.box.w || a.box.x - b.box.x)) {
    const hits = columns.filter((c) => joins(c, block.box));
    if (hits.length === 0) columns.push({ ...block.box });
  }
  const spans = (b: T) => columns.filter((c) => horizontalOverlap(c, b.box) >= SPAN_OVERLAP * c.w).length >= 2;
  const spanning = blocks.filter(spans).sort((a, b) => a.box.y - b.box.y);
  const rest = blocks.filter((b) => !spans(b));
  // Narrow pieces standing above all of the columns' text (between the headline and it) are read
  // first, left to right.
  const textTop = Math.min(...rest.filter(wideEnough).map((b) => b.box.y));
  const above = (b: T) => !wideEnough(b) && bottom(b.box) <= textTop;
  const order: T[] = [];
  let top = -Infinity;
  for (const cut of [...spanning, null]) {
    const limit = cut === null ? Infinity : cut.box.y;
    const band = rest.filter((b) => b.box.y >= top && b.box.y < limit);
    order.push(...band.filter(above).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x));
    order.push(
      ...byColumns(
        band.filter((b) => !above(b)),
        columns,
        joins,
      ),
    );
    if (cut !== null) {
      order.push(cut);
      top = cut.box.y;
    }
  }
  return order;
}

function byColumns<T extends { box: Rect }>(
  band: readonly T[],
  columns: readonly Rect[],
  joins: (c: Rect, b: Rect) => boolean,
): T[] {
  const columnOf = (b: T) => {
    const i = columns.findIndex((c) => joins(c, b.box));
    return i < 0 ? b.box.x : columns[i]!.x;
  };
  return [...band].sort((a, b) => columnOf(a) - columnOf(b) || a.box.y - b.box.y || bottom(a.box) - bottom(b.box));
}

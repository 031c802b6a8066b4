import { right } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * A short line set with wide letter-spacing (a two-character name padded to three: `叶   帆`, a
 * photo credit `新华社记者  徐  昱摄`) comes out of the text layer as pieces of one row whose gaps
 * look like column gaps. Read as one: pieces in order, a single character joined to what follows
 * it (the letters of a spaced word), other pieces set off by one space.
 */
/** Pieces of one row are at most this many ems apart. */
export const ROW_PIECE_GAP_EMS = 4;

/** The rows among the lines: pieces sharing a row (middles within a third of an em) and close together. */
export function spacedRows(lines: readonly PageLine[]): PageLine[][] {
  const middle = (l: PageLine) => l.box.y + l.box.h / 2;
  const gap = (a: PageLine, b: PageLine) => Math.max(a.box.x - right(b.box), b.box.x - right(a.box));
  const rows: PageLine[][] = [];
  // The rows a later line may still join, in the order they were started (so the first that takes
  // a line is the same as among all rows), each with its lowest piece's middle. Lines come top
  // down: a row whose pieces all sit more than the largest line's third above a line's top
  // (its middle is lower still) is too far above it and every later one, and leaves this list.
  // Without it, each line was tried against every row of the page (the parse of a real page, warm:
  // ~19 → ~16 CPU-ms).
  let open: { row: PageLine[]; lowest: number }[] = [];
  const reach = Math.max(0, ...lines.map((l) => l.size)) / 3;
  for (const line of [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)) {
    if (line.vertical) {
      rows.push([line]);
      continue;
    }
    open = open.filter((r) => r.lowest >= line.box.y - reach);
    const found = open.find(({ row: r }) =>
      r.some(
        (piece) =>
          Math.abs(middle(piece) - middle(line)) <= line.size / 3 && gap(piece, line) <= ROW_PIECE_GAP_EMS * line.size,
      ),
    );
    if (found) {
      found.row.push(line);
      found.lowest = Math.max(found.lowest, middle(line));
    } else {
      const row = [line];
      rows.push(row);
      open.push({ row, lowest: middle(line) });
    }
  }
  // Rows in reading order: top to bottom, rows on one line (too far apart to be one) left to right.
  const first = (r: PageLine[]) => r[0]!;
  return rows
    .map((r) => r.sort((a, b) => a.box.x - b.box.x))
    .sort((a, b) =>
      Math.abs(middle(first(a)) - middle(first(b))) <= first(b).size / 3
        ? first(a).box.x - first(b).box.x
        : middle(first(a)) - middle(first(b)),
    );
}

/** The row's text: a single character joined to the next piece, other pieces set off by one space. */
export function rowText(row: readonly PageLine[]): string {
  const pieces = [...row].sort((a, b) => a.box.x - b.box.x).map((l) => l.text.trim());
  return pieces.reduce(
    (text, piece, i) =>
      i === 0 ? piece : /^\p{Script=Han}$/u.test(pieces[i - 1]!) ? text + piece : `${text} ${piece}`,
    "",
  );
}

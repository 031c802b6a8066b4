import type { PdfTextItem } from "./read-pdf";
import { ROW_PIECE_GAP_EMS } from "./spaced-row";

/**
 * A whitespace run as wide as a column gap is that gap, not a space in a line. When an export draws
 * pieces of one row as a single text run (two stories' headlines or bylines side by side, the move
 * between them a `TJ` offset), PDF.js's text layer gives each move as a whitespace item spanning it
 * from one piece's end to the next one's start (its `addFakeSpaces`): read as a character, it
 * bridged a ~130 pt column gap and joined the two stories' headlines into one line. Such a run
 * splits the line instead, and is dropped (a space carries no text).
 */

/**
 * A whitespace run wider than this many ems of its size is a gap. Narrower, it is letter-spacing (a
 * name set `何 文 萍`, ~2 ems between the characters) and stays a space of the line: the pieces
 * of a letter-spaced row stand at most `ROW_PIECE_GAP_EMS` apart (spaced-row.ts); wider than that
 * they are no one row. On the real pages no whitespace run is wider than ~2 ems; the one that
 * joined two headlines was ~6.6 ems (132 pt at 20 pt).
 */
export const WIDE_SPACE_EMS = ROW_PIECE_GAP_EMS;

/** Whether `item` is a whitespace run wide enough to be a column gap. */
export function isWideSpace(item: PdfTextItem): boolean {
  return item.text.trim() === "" && item.w > WIDE_SPACE_EMS * item.size;
}

import { captionText, isCaption, MAX_CAPTION_LINES } from "../parse/caption";
import type { ColumnBlock } from "./column-blocks";
import { bottom, right, type Rect } from "./geometry";
import { rowText, spacedRows } from "./spaced-row";

/**
 * A photo's caption in a PDF: the blocks set right under the photo, within its width, one under
 * the other, read row by row (a credit letter-spaced across the row, `新华社记者  徐  昱摄`, is one
 * row; a drawing's title may stand on its lower edge), when together they read as a caption: a credit at the end (`……摄`, `……作（新华社发）`).
 * A caption block alone that ends in a credit is found by the text rule (`parse/caption`) as well.
 */
/** A caption stands at most this many ems under its photo, and its lines as far apart. */
export const CAPTION_GAP_EMS = 2;
/** A caption may stick out of the photo's sides by this many ems. */
export const CAPTION_SIDE_EMS = 1;
/** A credit that closes a caption besides `……摄`: a drawing's `……作`, an agency's `（新华社发）`. */
const OTHER_CREDIT = /(?:作|供图|制图|[（(][^（）()]{1,12}发[）)])$/u;

/** The blocks that make the photo's caption (in reading order), or none. */
export function captionBlocks(photo: Rect, blocks: readonly ColumnBlock[], em: number): ColumnBlock[] {
  const within = (b: ColumnBlock) =>
    b.box.x >= photo.x - CAPTION_SIDE_EMS * em && right(b.box) <= right(photo) + CAPTION_SIDE_EMS * em;
  const taken: ColumnBlock[] = [];
  let edge = bottom(photo);
  for (const block of [...blocks].filter(within).sort((a, b) => a.box.y - b.box.y)) {
    // A title set on the photo's lower edge (a drawing's) counts; what stands higher is not under it.
    if (block.box.y < photo.y + photo.h / 2) continue;
    const gap = block.box.y - edge;
    if (gap > CAPTION_GAP_EMS * em) break;
    taken.push(block);
    edge = Math.max(edge, bottom(block.box));
  }
  const rows = captionRows(taken);
  if (rows.length === 0 || rows.length > MAX_CAPTION_LINES) return [];
  return isCaption(rows) || OTHER_CREDIT.test(rows.join("")) ? taken : [];
}

/** The caption's rows as printed, a letter-spaced row read as one. */
export function captionRows(blocks: readonly ColumnBlock[]): string[] {
  return spacedRows(blocks.flatMap((b) => b.lines)).map(rowText);
}

/**
 * The caption's text, read as the text parser reads a caption (`parse/caption`), except that
 * items printed apart on one line (a drawing's title at its left, its credit far right: two rows
 * of `spacedRows`) are set off by one space, as a photo's credit is (`消费升级 某某作（新华社发）`).
 */
export function captionOf(blocks: readonly ColumnBlock[]): string {
  const rows = spacedRows(blocks.flatMap((b) => b.lines));
  const middle = (r: readonly { box: Rect }[]) => r[0]!.box.y + r[0]!.box.h / 2;
  const items: string[][] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (previous === undefined || Math.abs(middle(previous) - middle(row)) <= row[0]!.size / 3) items.push([]);
    items.at(-1)!.push(rowText(row));
  });
  return items.map(captionText).join(" ");
}

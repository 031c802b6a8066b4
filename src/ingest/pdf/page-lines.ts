import { bottom, right, type Rect, union } from "./geometry";
import type { PdfTextItem } from "./read-pdf";
import { isWideSpace } from "./wide-space";

/**
 * Text runs → printed lines. Runs on one row (their middles within a fraction of the size apart)
 * and close together make one line; a wide gap is a column gap and starts another line. Runs of a
 * vertical font are lines of their own, going down the page.
 */
export interface PageLine {
  /** Position in the page's text, numbered from 1 (rows top to bottom, left to right). */
  no: number;
  /** As printed, with the spaces the text layer puts between letter-spaced characters. */
  text: string;
  box: Rect;
  size: number;
  vertical: boolean;
}

/** Runs whose middles are this many ems apart or less share a row. */
export const SAME_ROW_EMS = 0.35;
/** A horizontal gap wider than this many ems between two runs of a row is a column gap. */
export const COLUMN_GAP_EMS = 1;
/** A gap of this many ems or more between two runs of a line is a space in the text. */
export const SPACE_GAP_EMS = 0.25;
/** Sizes within this ratio are one size (digits set in another font, a bold word). */
export const ROW_SIZE_RATIO = 0.2;

export function pageLines(items: readonly PdfTextItem[]): Omit<PageLine, "no">[] {
  const lines: Omit<PageLine, "no">[] = [];
  // Space runs stay: a space the PDF draws between two phrases is a space of the line.
  const horizontal = items.filter((i) => !i.vertical && i.text !== "");
  for (const item of items) {
    if (item.vertical && item.text.trim() !== "")
      lines.push({ text: item.text.trim(), box: boxOf(item), size: item.size, vertical: true });
  }
  const sorted = [...horizontal].sort((a, b) => middle(a) - middle(b) || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.find(
      (r) =>
        Math.abs(middle(r[0]!) - middle(item)) <= SAME_ROW_EMS * item.size &&
        Math.abs(r[0]!.size - item.size) <= ROW_SIZE_RATIO * Math.max(r[0]!.size, item.size),
    );
    if (row) row.push(item);
    else rows.push([item]);
  }
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfTextItem[] = [];
    const flush = () => {
      if (current.length > 0) lines.push(lineOf(current));
      current = [];
    };
    for (const item of row) {
      // A whitespace run over a column gap (PDF.js's for a move inside one text run) is the gap.
      if (isWideSpace(item)) {
        flush();
        continue;
      }
      const last = current.at(-1);
      if (last !== undefined && item.x - right(last) > COLUMN_GAP_EMS * Math.max(item.size, last.size)) flush();
      current.push(item);
    }
    flush();
  }
  return lines.filter((l) => l.text !== "");
}

/** Numbers lines in reading position: top to bottom by their top edge, left to right on a row. */
export function numberLines(lines: readonly Omit<PageLine, "no">[]): PageLine[] {
  return [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x).map((line, i) => ({ ...line, no: i + 1 }));
}

function middle(item: PdfTextItem): number {
  return item.y + item.h / 2;
}

function boxOf(item: PdfTextItem): Rect {
  return { x: item.x, y: item.y, w: item.w, h: item.h };
}

function lineOf(items: readonly PdfTextItem[]): Omit<PageLine, "no"> {
  let text = "";
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous !== undefined && item.x - right(previous) >= SPACE_GAP_EMS * item.size && !/\s$/u.test(text))
      text += " ";
    text += item.text;
  });
  // The line's size is that of most of its characters.
  const counts = new Map<number, number>();
  for (const item of items) counts.set(item.size, (counts.get(item.size) ?? 0) + item.text.length);
  const size = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const inked = items.filter((i) => i.text.trim() !== "");
  const box = union((inked.length > 0 ? inked : items).map(boxOf));
  return { text: text.trim(), box: { ...box, h: Math.max(box.h, bottom(box) - box.y) }, size, vertical: false };
}

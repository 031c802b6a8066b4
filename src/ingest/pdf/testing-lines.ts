import type { PageLine } from "./page-lines";
import type { PdfTextItem } from "./read-pdf";

/** Test helpers: a text run or a printed line at a place, in a size. */
export function run(text: string, x: number, y: number, size = 10, w = Array.from(text).length * size): PdfTextItem {
  return { text, x, y, w, h: size, size, vertical: false, font: "f" };
}

export function line(text: string, x: number, y: number, size = 10, no = 1, vertical = false): PageLine {
  const n = Array.from(text.replace(/\s+/gu, "")).length * size;
  return { no, text, box: vertical ? { x, y, w: size, h: n } : { x, y, w: n, h: size }, size, vertical };
}

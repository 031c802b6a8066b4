import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { OperatorList } from "../pdf/read-pdf";

/**
 * The drawing operations PDF.js drew the page with, kept by the page after `render` until its
 * `cleanup()`: the parser reads its image and rule boxes off them instead of asking PDF.js for the
 * operator list again, which would read the page's content, fonts and embedded JPEGs (decoded in
 * JavaScript in Node) a second time, ~0.2 s a page. PDF.js has no public accessor for them: this
 * reads `_intentStates` (declared in pdfjs-dist's types) and gives null if a PDF.js version keeps
 * them otherwise, so the caller then asks `getOperatorList()` (the same boxes, only slower).
 */
export function renderedOperatorList(page: PDFPageProxy): OperatorList | null {
  const states = (page as { _intentStates?: unknown })._intentStates;
  if (!(states instanceof Map)) return null;
  for (const state of states.values() as Iterable<{ operatorList?: unknown } | undefined>) {
    const list = state?.operatorList as (OperatorList & { lastChunk?: unknown }) | undefined;
    if (list?.lastChunk === true && Array.isArray(list.fnArray) && Array.isArray(list.argsArray)) return list;
  }
  return null;
}

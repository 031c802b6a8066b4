import { ResultCache } from "../cache/result-cache";

/**
 * Where a parsed PDF page (articles and people) is kept in the result cache: by the file's bytes
 * and the page number. `folio build` reads it there before parsing a page, and `folio import pdf`
 * puts each page it parses there, so the build that follows an import parses nothing again.
 */
export const PDF_PAGE_CACHE = "pdf-page";

export function pdfPageKey(bytes: Uint8Array, pdfPage: number): string {
  return ResultCache.key(bytes, String(pdfPage));
}

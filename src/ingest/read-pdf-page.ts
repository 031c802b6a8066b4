import { readFile, stat } from "node:fs/promises";
import type { ParsedPage } from "@/bundle/schema";
import { CliError } from "./cli-error";
import { parsePdfPage } from "./pdf/parse-pdf-page";
import { PdfReadError, readPdf, type PdfPageContent } from "./pdf/read-pdf";
import { extractPeople } from "./people/extract-people";
import { sharedModel } from "./people/tagger/load-model";
import type { TaggerModel } from "./people/tagger/tagger-model";

/** A PDF file's bytes; a missing or unreadable file (or a folder) is a one-line `CliError`. */
export async function readPdfBytes(path: string): Promise<Buffer> {
  try {
    if ((await stat(path)).isDirectory()) throw new CliError(`${path}: is a directory, not a PDF file`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot read (${String(error)})`);
  }
}

/** The pages of a PDF file; bad input (missing, encrypted, damaged) is a one-line `CliError`. */
export async function readPdfFile(path: string): Promise<PdfPageContent[]> {
  const bytes = await readPdfBytes(path);
  try {
    return await readPdf(new Uint8Array(bytes));
  } catch (error) {
    if (error instanceof PdfReadError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** One PDF page → its articles with everyone they mention (like `readPage` for a text page). */
export function readPdfPage(content: PdfPageContent, model: TaggerModel = sharedModel()): ParsedPage {
  const page = parsePdfPage(content);
  return { ...page, articles: page.articles.map((article) => ({ ...article, people: extractPeople(article, model) })) };
}

/** The page `pageNo` (from 1) of a PDF file; a multi-page PDF needs the number. */
export async function readPdfFilePage(path: string, pageNo: number | undefined): Promise<ParsedPage> {
  const pages = await readPdfFile(path);
  if (pageNo === undefined && pages.length > 1)
    throw new CliError(`${path}: the PDF has ${pages.length} pages: choose one with --page <n>`);
  const n = pageNo ?? 1;
  const content = pages[n - 1];
  if (content === undefined) throw new CliError(`${path}: the PDF has no page ${n} (it has ${pages.length})`);
  return readPdfPage(content);
}

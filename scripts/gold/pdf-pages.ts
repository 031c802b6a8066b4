/** The real PDF pages eval:pdf and seal-pdf read: found under FOLIO_PDFS (default ../shared/pdfs/). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parsePdfPage } from "../../src/ingest/pdf/parse-pdf-page";
import { readPdf } from "../../src/ingest/pdf/read-pdf";

export const PDF_DIR = resolve(process.env.FOLIO_PDFS ?? "../shared/pdfs");

export function pdfFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfFiles(join(dir, e.name)) : e.name.endsWith(".pdf") ? [join(dir, e.name)] : [],
  );
}

export async function parse(path: string) {
  const [content] = await readPdf(new Uint8Array(readFileSync(path)));
  if (content === undefined) throw new Error(`${path}: no page`);
  return { content, page: parsePdfPage(content) };
}

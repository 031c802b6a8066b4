import { importPfr } from "../pfr/import-pfr";
import { writeContent } from "../pfr/write-content";
import { readTextFile } from "../read-text-file";
import { CliError } from "../cli-error";

/** Formats `folio import` reads. */
export const IMPORT_FORMATS = ["pfr", "pdf"] as const;
/** Warnings printed one per line; the rest are counted (all of them stay in the page files). */
export const MAX_PRINTED_WARNINGS = 50;

/**
 * `folio import pfr <file> [--out dir]`: an annotated corpus → a paper folder of the content format.
 * Progress and warnings go to stderr (as `file:line: why`), the summary to stdout.
 */
export async function importCommand(
  format: string,
  file: string,
  options: { outDir: string; paper?: string | undefined; date?: string | undefined },
): Promise<void> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`unknown import format "${format}" (known: ${IMPORT_FORMATS.join(", ")})`);
  }
  if (format === "pdf") return importPdfCommand(file, options);
  const started = performance.now();
  const read = await readTextFile(file);
  if (!read.ok) throw new CliError(read.error);
  process.stderr.write(`  read ${file} (${read.encoding}, ${(read.text.length / 1e6).toFixed(1)} M characters)\n`);
  const imported = importPfr(read.text, file);
  const { counts } = imported;
  process.stderr.write(`  parsed ${counts.issues} issues, ${counts.pages} pages, ${counts.articles} articles\n`);
  for (const w of imported.warnings.slice(0, MAX_PRINTED_WARNINGS))
    process.stderr.write(`warning: ${file}:${w.line}: ${w.message}\n`);
  if (imported.warnings.length > MAX_PRINTED_WARNINGS) {
    process.stderr.write(
      `warning: … and ${imported.warnings.length - MAX_PRINTED_WARNINGS} more (all kept in the page files)\n`,
    );
  }
  const written = await writeContent(imported, {
    outDir: options.outDir,
    onProgress: (done, total) => {
      if (done % 10 === 0 || done === total) process.stderr.write(`  wrote issues ${done}/${total}\n`);
    },
  });
  const gaps = imported.pageGaps.reduce((n, g) => n + g.missing.length, 0);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: imported ${counts.issues} issues, ${counts.pages} pages, ${counts.articles} articles, ${counts.paragraphs} paragraphs → ${written.dir} ` +
      `(${(written.bytes / 1024 / 1024).toFixed(1)} MB, ${ms} ms; ${imported.warnings.length} warnings, ${imported.skippedLines} lines skipped, ` +
      `${gaps} page numbers absent from the corpus)\n`,
  );
}

const PAPER_ID = /^[a-z0-9][a-z0-9-]*$/u;

/**
 * `folio import pdf <file.pdf|folder> --paper <id> --date YYYY-MM-DD [--out dir]`: page PDFs → an
 * issue of the content format. Every file is parsed first; nothing is written if one is bad.
 */
async function importPdfCommand(
  input: string,
  options: { outDir: string; paper?: string | undefined; date?: string | undefined },
): Promise<void> {
  const { paper, date } = options;
  if (paper === undefined || !PAPER_ID.test(paper))
    throw new CliError("import pdf needs --paper <id> (lower-case letters, digits and dashes)");
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new CliError("import pdf needs --date YYYY-MM-DD");
  const started = performance.now();
  // PDF.js is loaded only for a PDF import (it takes a second to load).
  const { pdfFilesOf, readPdfImport, writePdfIssue } = await import("../pdf/import-pdf");
  const files = await pdfFilesOf(input);
  const imported = await readPdfImport(files, date);
  for (const w of imported.warnings.slice(0, MAX_PRINTED_WARNINGS)) process.stderr.write(`warning: ${w}\n`);
  const dir = await writePdfIssue(imported, { outDir: options.outDir, paper, date });
  const articles = imported.pages.reduce((n, p) => n + p.parsed.articles.length, 0);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: imported ${imported.pages.length} pages, ${articles} articles from ${files.length} PDF files → ${dir} (${ms} ms; ${imported.warnings.length} warnings)\n`,
  );
}

import { importPfr } from "../pfr/import-pfr";
import { writeContent } from "../pfr/write-content";
import { readTextFile } from "../read-text-file";
import { CliError } from "../cli-error";

/** Formats `folio import` reads; one for now. */
export const IMPORT_FORMATS = ["pfr"] as const;
/** Warnings printed one per line; the rest are counted (all of them stay in the page files). */
export const MAX_PRINTED_WARNINGS = 50;

/**
 * `folio import pfr <file> [--out dir]`: an annotated corpus → a paper folder of the content format.
 * Progress and warnings go to stderr (as `file:line: why`), the summary to stdout.
 */
export async function importCommand(format: string, file: string, options: { outDir: string }): Promise<void> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`unknown import format "${format}" (known: ${IMPORT_FORMATS.join(", ")})`);
  }
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

import { basename } from "node:path";
import { ResultCache } from "../cache/result-cache";
import { splitDays, type DayLines } from "../pfr/group-lines";
import { assembleImport, type ImportedDay } from "../pfr/import-pfr";
import { taskRunner } from "../workers/pool";
import { importRmrbWeb } from "../rmrb-web/import-rmrb-web";
import { writeWebContent } from "../rmrb-web/write-web-content";
import { writeContent } from "../pfr/write-content";
import { readTextFile } from "../read-text-file";
import { CliError } from "../cli-error";

/** Formats `folio import` reads: a PFR corpus file, a folder of People's Daily e-paper texts, page PDFs. */
export const IMPORT_FORMATS = ["pfr", "rmrb-web", "pdf"] as const;
/** Warnings printed one per line; the rest are counted (all of them stay in the page files). */
export const MAX_PRINTED_WARNINGS = 50;
/** The cache's kind for one imported day of a PFR corpus (`ImportedDay`). */
const PFR_DAY_CACHE = "pfr-day";

/**
 * `folio import pfr <file> [--out dir]`: an annotated corpus → a paper folder of the content format.
 * Progress and warnings go to stderr (as `file:line: why`), the summary to stdout.
 */
export interface ImportOptions {
  outDir: string;
  /** Worker threads (1: this thread only). */
  jobs: number;
  /** Where parse and people results are cached (`ResultCache`). */
  cacheDir: string;
  /** `import pdf`: the paper and the issue's date. */
  paper?: string | undefined;
  date?: string | undefined;
}

export async function importCommand(format: string, file: string, options: ImportOptions): Promise<void> {
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`unknown import format "${format}" (known: ${IMPORT_FORMATS.join(", ")})`);
  }
  if (format === "rmrb-web") return importWebCommand(file, options);
  if (format === "pdf") return importPdfCommand(file, options);
  const started = performance.now();
  const cache = await ResultCache.open(options.cacheDir);
  // With nothing cached every day is read: the threads start now and load their code and the people
  // model while this one reads the corpus and splits it into days (otherwise only when a day needs them).
  const early = options.jobs > 1 && (await cache.isEmpty(PFR_DAY_CACHE)) ? taskRunner(options.jobs) : null;
  early?.start();
  const read = await readTextFile(file);
  if (!read.ok) {
    await early?.close();
    throw new CliError(read.error);
  }
  process.stderr.write(`  read ${file} (${read.encoding}, ${(read.text.length / 1e6).toFixed(1)} M characters)\n`);
  const sourceName = basename(file);
  // Only the ids are read here: each day's words are parsed where it is read by the people model
  // (a worker), which gets the day's lines as one string. Each day is cached by those lines and where
  // they start (the issue records line numbers), so a corpus that gained a day reads that day only.
  const lines = read.text.split("\n");
  let days: DayLines[];
  try {
    days = splitDays(lines, file);
  } catch (error) {
    await early?.close();
    throw error;
  }
  const texts = days.map((day) => lines.slice(day.first - 1, day.last).join("\n"));
  const keys = days.map((day, i) => ResultCache.key(sourceName, String(day.first), texts[i]!));
  const cached = await Promise.all(keys.map((key) => cache.get<ImportedDay>(PFR_DAY_CACHE, key)));
  const toRead = largestFirst(
    cached.flatMap((found, i) => (found === undefined ? [i] : [])),
    texts,
  );
  // A day is one task: no more threads than days to read (a newsroom's one new day starts none).
  const runner = early ?? taskRunner(Math.min(options.jobs, toRead.length));
  const built: (ImportedDay | undefined)[] = [...cached];
  try {
    // One lane per thread, each taking the largest day left when its last one is back: the threads
    // finish together instead of one reading a big day alone at the end.
    const lane = async () => {
      for (let i = toRead.shift(); i !== undefined; i = toRead.shift()) {
        const day = await runner.run({ kind: "pfr-day", text: texts[i]!, firstLine: days[i]!.first, sourceName });
        built[i] = day;
        await cache.put(PFR_DAY_CACHE, keys[i]!, day);
      }
    };
    await Promise.all(Array.from({ length: runner.jobs }, lane));
  } finally {
    await runner.close();
  }
  const imported = assembleImport(
    built.map((day, i) => {
      if (day === undefined) throw new Error(`import: day ${days[i]!.date} was not read`);
      return day;
    }),
  );
  const { counts } = imported;
  process.stderr.write(
    `  parsed ${counts.issues} issues, ${counts.pages} pages, ${counts.articles} articles ` +
      `(${cache.stats.misses} issues read by the people model on ${runner.jobs} threads, ${cache.stats.hits} from the cache)\n`,
  );
  printWarnings(imported.warnings.map((w) => ({ ...w, file })));
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
      `(${(written.bytes / 1024 / 1024).toFixed(1)} MB, ${written.written} files written, ${written.removed.length} removed, ${ms} ms; ${imported.warnings.length} warnings, ${imported.skippedLines} lines skipped, ` +
      `${gaps} page numbers absent from the corpus)\n`,
  );
}

/** The days to read, largest (most characters of their lines) first. */
function largestFirst(indices: number[], texts: readonly string[]): number[] {
  return indices.sort((a, b) => texts[b]!.length - texts[a]!.length || a - b);
}

function printWarnings(warnings: readonly { file: string; line: number; message: string }[]): void {
  for (const w of warnings.slice(0, MAX_PRINTED_WARNINGS))
    process.stderr.write(`warning: ${w.file}:${w.line}: ${w.message}\n`);
  if (warnings.length > MAX_PRINTED_WARNINGS) {
    process.stderr.write(
      `warning: … and ${warnings.length - MAX_PRINTED_WARNINGS} more (all kept in the page files)\n`,
    );
  }
}

/**
 * `folio import rmrb-web <folder> [--out dir]`: People's Daily e-paper texts → the People's Daily
 * paper folder, beside (not over) the days already there.
 */
async function importWebCommand(folder: string, options: { outDir: string }): Promise<void> {
  const started = performance.now();
  const imported = await importRmrbWeb(folder, (done, total) => {
    if (done > 0 && done % 1000 === 0) process.stderr.write(`  read ${done}/${total} article files\n`);
  });
  const { counts } = imported;
  process.stderr.write(`  read ${counts.issues} issues, ${counts.pages} pages, ${counts.articles} articles\n`);
  printWarnings(imported.warnings);
  if (imported.skippedFiles.length > 0)
    process.stderr.write(
      `  skipped ${imported.skippedFiles.length} files that are not article texts: ${imported.skippedFiles.slice(0, 5).join(", ")}\n`,
    );
  const written = await writeWebContent(imported, {
    outDir: options.outDir,
    onProgress: (done, total) => {
      if (done % 10 === 0 || done === total) process.stderr.write(`  wrote issues ${done}/${total}\n`);
    },
  });
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: imported ${counts.issues} issues, ${counts.pages} pages, ${counts.articles} articles, ${counts.paragraphs} paragraphs → ${written.dir} ` +
      `(${(written.bytes / 1024 / 1024).toFixed(1)} MB, ${ms} ms; ${imported.warnings.length} warnings)\n`,
  );
}

const PAPER_ID = /^[a-z0-9][a-z0-9-]*$/u;

/**
 * `folio import pdf <file.pdf|folder> --paper <id> --date YYYY-MM-DD [--out dir]`: page PDFs → an
 * issue of the content format. Every file is parsed first; nothing is written if one is bad. Each
 * file is read on the worker threads, PDF.js loading it once to parse and to draw its pages, and
 * both go to the build's cache (`--cache`): the build that follows parses and draws nothing again.
 */
async function importPdfCommand(input: string, options: ImportOptions): Promise<void> {
  const { paper, date } = options;
  if (paper === undefined || !PAPER_ID.test(paper))
    throw new CliError("import pdf needs --paper <id> (lower-case letters, digits and dashes)");
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new CliError("import pdf needs --date YYYY-MM-DD");
  const started = performance.now();
  // PDF.js is loaded only for a PDF import (it takes a second to load).
  const { pdfFilesOf, readPdfImport, writePdfIssue } = await import("../pdf/import-pdf");
  const { readerForBuild } = await import("../page-images/read-for-build");
  const { formatStageTimes } = await import("../page-images/stage-times");
  const files = await pdfFilesOf(input);
  const runner = taskRunner(options.jobs);
  const reader = await readerForBuild(runner, options.cacheDir);
  let imported;
  try {
    imported = await readPdfImport(files, date, reader);
  } finally {
    await runner.close();
  }
  for (const w of imported.warnings.slice(0, MAX_PRINTED_WARNINGS)) process.stderr.write(`warning: ${w}\n`);
  const dir = await writePdfIssue(imported, { outDir: options.outDir, paper, date });
  const articles = imported.pages.reduce((n, p) => n + p.parsed.articles.length, 0);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `folio: imported ${imported.pages.length} pages, ${articles} articles from ${files.length} PDF files → ${dir} (${ms} ms; ${imported.warnings.length} warnings; ` +
      `read, parsed and drawn on ${runner.jobs} threads, thread time: ${formatStageTimes(reader.times)})\n`,
  );
}

import { copyFile, mkdir, readdir, stat, writeFile, access } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ParsedPage } from "@/bundle/schema";
import { CliError } from "../cli-error";
import type { IssueMeta, PaperMeta } from "../content/content-schema";
import { readPdfFile } from "../read-pdf-page";
import { parsePdfPage } from "./parse-pdf-page";

/**
 * `folio import pdf <file.pdf|folder> --paper <id> --date YYYY-MM-DD`: a newsroom's page PDFs → an
 * issue folder of the content format (`<out>/<paper>/<date>/issue.json` + the PDFs, parsed at
 * build). Page numbers come from the file names (`…-p7.pdf`, `page-3.pdf`, `A05.pdf`), else from
 * their order; a multi-page PDF gives one page per PDF page. Every file is read and parsed before
 * anything is written: a bad file (encrypted, damaged) stops the import with nothing written.
 */
export interface PdfImportPage {
  no: number;
  name: string | null;
  /** The PDF it comes from and, in a multi-page PDF, which page. */
  source: string;
  pdfPage: number | undefined;
  parsed: ParsedPage;
}

export interface PdfImport {
  pages: PdfImportPage[];
  /** The paper's name as printed on the pages, when one prints it. */
  printedPaper: string | null;
  warnings: string[];
}

/**
 * How the import reads a PDF file into parsed pages. The default parses in this thread; `folio
 * import pdf` reads on the worker threads and draws the page images too (`read-for-build.ts`).
 * `parallel`: every file may be asked for at once (the reader bounds its own work).
 */
export interface PdfFileReader {
  read(file: string): Promise<ParsedPage[]>;
  readonly parallel: boolean;
}

const parseHere: PdfFileReader = {
  parallel: false,
  read: async (file) => (await readPdfFile(file)).map((content) => parsePdfPage(content)),
};

/** Every file read, in order; the first bad one (in file order) is thrown once all have settled. */
async function readAll(reader: PdfFileReader, files: readonly string[]): Promise<ParsedPage[][]> {
  if (!reader.parallel) {
    const read: ParsedPage[][] = [];
    for (const file of files) read.push(await reader.read(file));
    return read;
  }
  const settled = await Promise.allSettled(files.map((file) => reader.read(file)));
  const failed = settled.find((s) => s.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return settled.map((s) => (s.status === "fulfilled" ? s.value : []));
}

const PAGE_NUMBER = /(?:^|[^0-9])0*(\d{1,3})\.pdf$/iu;

export function pageNumberOf(file: string): number | null {
  const m = PAGE_NUMBER.exec(basename(file));
  return m === null || Number(m[1]) === 0 ? null : Number(m[1]);
}

export async function pdfFilesOf(input: string): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new CliError(`${input}: no such file or folder`);
  }
  if (!info.isDirectory()) return [input];
  const files = (await readdir(input))
    .filter((f) => /\.pdf$/iu.test(f))
    .sort((a, b) => (pageNumberOf(a) ?? 0) - (pageNumberOf(b) ?? 0) || a.localeCompare(b))
    .map((f) => join(input, f));
  if (files.length === 0) throw new CliError(`${input}: no .pdf files in this folder`);
  return files;
}

export async function readPdfImport(
  files: readonly string[],
  date: string,
  reader: PdfFileReader = parseHere,
): Promise<PdfImport> {
  const pages: PdfImportPage[] = [];
  const warnings: string[] = [];
  const numbered = files.map(pageNumberOf);
  // File names number the pages only when every file has a number and no two share one.
  const byName = numbered.every((n) => n !== null) && new Set(numbered).size === numbered.length;
  let next = 1;
  const read = await readAll(reader, files);
  for (const [i, file] of files.entries()) {
    const contents = read[i]!;
    if (contents.length === 0) throw new CliError(`${file}: the PDF has no pages`);
    contents.forEach((parsed, k) => {
      const no = byName && contents.length === 1 ? numbered[i]! : next;
      next = Math.max(next, no) + 1;
      const printed = parsed.pdf?.printed;
      if (printed !== undefined && printed.date !== null && printed.date !== date)
        warnings.push(`${file}: the page prints the date ${printed.date}, not ${date}`);
      for (const w of parsed.warnings) warnings.push(`${file}: ${w.message}`);
      pages.push({
        no,
        name: printed?.pageName ?? null,
        source: file,
        pdfPage: contents.length > 1 ? k + 1 : undefined,
        parsed,
      });
    });
  }
  const seen = new Set<number>();
  for (const page of pages) {
    if (seen.has(page.no)) throw new CliError(`${page.source}: page ${page.no} comes twice`);
    seen.add(page.no);
  }
  const printedPaper = pages.map((p) => p.parsed.pdf?.printed.paper ?? null).find((p) => p !== null) ?? null;
  return { pages: pages.sort((a, b) => a.no - b.no), printedPaper, warnings };
}

/** Writes the issue folder (and the paper's paper.json when the paper is new); returns the folder. */
export async function writePdfIssue(
  imported: PdfImport,
  options: { outDir: string; paper: string; date: string },
): Promise<string> {
  const paperDir = join(options.outDir, options.paper);
  const issueDir = join(paperDir, options.date);
  await mkdir(issueDir, { recursive: true });
  const copied = new Map<string, string>();
  const entries: IssueMeta["pages"] = [];
  for (const page of imported.pages) {
    let file = copied.get(page.source);
    if (file === undefined) {
      file = page.pdfPage === undefined ? `page-${page.no}.pdf` : basename(page.source);
      await copyFile(page.source, join(issueDir, file));
      copied.set(page.source, file);
    }
    entries.push({
      no: page.no,
      name: page.name,
      file,
      ...(page.pdfPage === undefined ? {} : { pdfPage: page.pdfPage }),
    });
  }
  const issue: IssueMeta = { date: options.date, pages: entries };
  await writeFile(join(issueDir, "issue.json"), `${JSON.stringify(issue, null, 2)}\n`);
  const paperJson = join(paperDir, "paper.json");
  if (!(await exists(paperJson))) {
    const meta: PaperMeta =
      imported.printedPaper === null
        ? { name: options.paper, nameNote: "名称系导入时提供，版面未印报名" }
        : { name: imported.printedPaper, nameNote: null };
    await writeFile(paperJson, `${JSON.stringify(meta, null, 2)}\n`);
  }
  return issueDir;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

import { basename } from "node:path";
import type { IssueMeta, PaperMeta, StructuredPage } from "../content/content-schema";
import { STRUCTURED_PAGE_VERSION } from "../content/content-schema";
import { buildArticle } from "./build-article";
import { groupLines, type GroupedLines, type LineWarning, type RawIssue } from "./group-lines";
import { pfrPaperMeta } from "./pfr-paper";

/**
 * A PFR file → the content of one paper: issues, their pages as structured page files, and the
 * warnings for the lines that were malformed. Pure: the command reads and writes the files.
 */
export interface ImportedPage {
  no: number;
  file: string;
  page: StructuredPage;
}

export interface ImportedIssue {
  meta: IssueMeta;
  pages: ImportedPage[];
}

export interface PfrImport {
  paper: PaperMeta;
  issues: ImportedIssue[];
  warnings: LineWarning[];
  skippedLines: number;
  counts: { issues: number; pages: number; articles: number; paragraphs: number };
  /** Issues whose page numbers have gaps (the corpus lacks some pages; we never invent them). */
  pageGaps: { date: string; missing: number[] }[];
}

/** `page-01.json`: two digits, so that a folder listing sorts like the paper. */
export function pageFileName(no: number): string {
  return `page-${String(no).padStart(2, "0")}.json`;
}

/** `file` is the path as the user gave it (for messages); page files record only its name. */
export function importPfr(text: string, file: string): PfrImport {
  const grouped = groupLines(text, file);
  const sourceName = basename(file);
  return assembleImport(
    grouped,
    grouped.issues.map((raw) => importIssue(raw, sourceName)),
  );
}

/**
 * One day of the corpus → its issue: the costly step (people extraction on every article), pure and
 * independent of the other days, so `folio import` runs it in worker threads and caches it by the
 * day's lines.
 */
export function importIssue(raw: RawIssue, sourceName: string): ImportedIssue {
  const pages = raw.pages.map((rawPage): ImportedPage => {
    const page: StructuredPage = {
      type: "folio/structured-page",
      version: STRUCTURED_PAGE_VERSION,
      source: sourceName,
      articles: rawPage.articles.map(buildArticle),
      unassigned: rawPage.unassigned,
      warnings: rawPage.warnings,
    };
    return { no: rawPage.no, file: pageFileName(rawPage.no), page };
  });
  return {
    meta: {
      date: raw.date,
      dateApproximate: false,
      dateNote: null,
      pages: pages.map((p) => ({ no: p.no, name: null, file: p.file })),
    },
    pages,
  };
}

/** The grouped corpus and its built issues (in the same order) → the import, with counts and page gaps. */
export function assembleImport(grouped: GroupedLines, issues: ImportedIssue[]): PfrImport {
  const counts = { issues: 0, pages: 0, articles: 0, paragraphs: 0 };
  const pageGaps: PfrImport["pageGaps"] = [];
  grouped.issues.forEach((raw, i) => {
    counts.issues++;
    counts.pages += raw.pages.length;
    for (const rawPage of raw.pages) {
      counts.articles += rawPage.articles.length;
      counts.paragraphs += rawPage.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    }
    const missing = missingNumbers(issues[i]!.pages.map((p) => p.no));
    if (missing.length > 0) pageGaps.push({ date: raw.date, missing });
  });
  const dates = issues.map((i) => i.meta.date);
  return {
    paper: pfrPaperMeta(dates[0]!, dates.at(-1)!),
    issues,
    warnings: grouped.warnings,
    skippedLines: grouped.skippedLines,
    counts,
    pageGaps,
  };
}

/** The numbers between 1 and the highest page that the issue does not have. */
function missingNumbers(numbers: readonly number[]): number[] {
  const have = new Set(numbers);
  const highest = Math.max(...numbers);
  return Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !have.has(n));
}

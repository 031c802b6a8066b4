import { basename } from "node:path";
import type { IssueMeta, PaperMeta, StructuredPage } from "../content/content-schema";
import { STRUCTURED_PAGE_VERSION } from "../content/content-schema";
import { buildArticle } from "./build-article";
import { groupDay, splitDays, type LineWarning, type RawIssue } from "./group-lines";
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
  const lines = text.split("\n");
  const sourceName = basename(file);
  return assembleImport(
    splitDays(lines, file).map((day) =>
      importDay(lines.slice(day.first - 1, day.last).join("\n"), day.first, sourceName),
    ),
  );
}

/** One day of the corpus, imported: its issue and what the summary counts from its lines. */
export interface ImportedDay {
  issue: ImportedIssue;
  /** The day's warnings, in line order (also in its pages' files). */
  warnings: LineWarning[];
  skippedLines: number;
  /** Paragraph lines with text, as the corpus has them (before headlines and bylines leave the text). */
  paragraphs: number;
}

/**
 * One day's lines (`splitDays`; `firstLine` is the first one's number in the file) → the imported
 * day: grouped and read by the people model. What a worker thread of `folio import` runs, and what
 * it caches, keyed by these lines and where they start.
 */
export function importDay(text: string, firstLine: number, sourceName: string): ImportedDay {
  const { issue, warnings, skippedLines } = groupDay(text.split("\n"), firstLine);
  const paragraphs = issue.pages.reduce((n, p) => n + p.articles.reduce((m, a) => m + a.paragraphs.length, 0), 0);
  return { issue: importIssue(issue, sourceName), warnings, skippedLines, paragraphs };
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

/** The imported days, in file order → the import, with counts and page gaps. */
export function assembleImport(days: readonly ImportedDay[]): PfrImport {
  const counts = { issues: 0, pages: 0, articles: 0, paragraphs: 0 };
  const pageGaps: PfrImport["pageGaps"] = [];
  for (const { issue, paragraphs } of days) {
    counts.issues++;
    counts.pages += issue.pages.length;
    // One article of the page file per article of the corpus (buildArticle maps them one to one).
    for (const page of issue.pages) counts.articles += page.page.articles.length;
    counts.paragraphs += paragraphs;
    const missing = missingNumbers(issue.pages.map((p) => p.no));
    if (missing.length > 0) pageGaps.push({ date: issue.meta.date, missing });
  }
  const issues = days.map((d) => d.issue);
  const dates = issues.map((i) => i.meta.date);
  return {
    paper: pfrPaperMeta(dates[0]!, dates.at(-1)!),
    issues,
    warnings: days.flatMap((d) => d.warnings),
    skippedLines: days.reduce((n, d) => n + d.skippedLines, 0),
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

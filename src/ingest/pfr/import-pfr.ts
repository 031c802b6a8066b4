import { basename } from "node:path";
import type { IssueMeta, PaperMeta, StructuredPage } from "../content/content-schema";
import { STRUCTURED_PAGE_VERSION } from "../content/content-schema";
import { buildArticle } from "./build-article";
import { groupLines, type LineWarning } from "./group-lines";
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
  const sourceName = basename(file);
  const grouped = groupLines(text, file);
  const counts = { issues: 0, pages: 0, articles: 0, paragraphs: 0 };
  const pageGaps: PfrImport["pageGaps"] = [];
  const issues = grouped.issues.map((raw): ImportedIssue => {
    counts.issues++;
    const pages = raw.pages.map((rawPage): ImportedPage => {
      counts.pages++;
      const articles = rawPage.articles.map(buildArticle);
      counts.articles += articles.length;
      counts.paragraphs += rawPage.articles.reduce((n, a) => n + a.paragraphs.length, 0);
      const page: StructuredPage = {
        type: "folio/structured-page",
        version: STRUCTURED_PAGE_VERSION,
        source: sourceName,
        articles,
        unassigned: rawPage.unassigned,
        warnings: rawPage.warnings,
      };
      return { no: rawPage.no, file: pageFileName(rawPage.no), page };
    });
    const missing = missingNumbers(pages.map((p) => p.no));
    if (missing.length > 0) pageGaps.push({ date: raw.date, missing });
    return {
      meta: {
        date: raw.date,
        dateApproximate: false,
        dateNote: null,
        pages: pages.map((p) => ({ no: p.no, name: null, file: p.file })),
      },
      pages,
    };
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

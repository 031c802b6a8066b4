import type { IssueDate, IssueEntry, YearIndex } from "@/bundle/schema";
import { BUNDLE_VERSION } from "@/bundle/schema";

/**
 * A paper's archive index: its issues grouped into one file per year (what the calendar and
 * previous/next load), and what the manifest keeps of them (counts, the latest issue, the inferred
 * dates). A year of a daily is at most 366 short entries (about 40 kB raw, 8 kB gzip), so no file
 * grows with the archive; the manifest grows by one line a year.
 */
export interface PaperArchive {
  issueCount: number;
  articleCount: number;
  latest: IssueEntry | null;
  approximateDates: string[];
  /**
   * Newest year first; each year's issues oldest first, so a new day is appended: the entries of the
   * days before keep their places, and the pages made from them are not rendered again.
   */
  years: YearIndex[];
}

export function buildPaperArchive(paperId: string, entries: readonly IssueEntry[]): PaperArchive {
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  const byYear = new Map<number, IssueEntry[]>();
  for (const entry of sorted) {
    const year = Number(entry.date.slice(0, 4));
    const list = byYear.get(year);
    if (list === undefined) byYear.set(year, [entry]);
    else list.push(entry);
  }
  const groups = [...byYear.entries()];
  const years = groups.map(([year, newestFirst], at): YearIndex => {
    // Newest first: the year after is the group before, and its oldest issue is the one just after.
    const after = groups[at - 1]?.[1].at(-1);
    const before = groups[at + 1]?.[1][0];
    return {
      type: "folio/year",
      version: BUNDLE_VERSION,
      paper: paperId,
      year,
      issues: [...newestFirst].reverse(),
      before: before === undefined ? null : dateOf(before),
      after: after === undefined ? null : dateOf(after),
    };
  });
  return {
    issueCount: sorted.length,
    articleCount: sorted.reduce((n, e) => n + e.articleCount, 0),
    latest: sorted[0] ?? null,
    approximateDates: sorted.filter((e) => e.dateApproximate).map((e) => e.date),
    years,
  };
}

function dateOf(entry: IssueEntry): IssueDate {
  return { date: entry.date, dateApproximate: entry.dateApproximate, dateNote: entry.dateNote };
}

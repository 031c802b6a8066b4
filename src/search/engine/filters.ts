import type { Segment, SegmentRef } from "@/bundle/search-schema";
import type { SearchFilters } from "../search-types";
import type { LoadedDoc } from "./doc-match";

/** Date and paper filters, which both index modes answer without touching postings. */

/** `person` is `filters.person` folded, done once per query rather than once per document. */
export function docPassesFilters(d: LoadedDoc, filters: SearchFilters, person: string | null): boolean {
  const { doc } = d;
  if (filters.dateFrom !== undefined && doc.date < filters.dateFrom) return false;
  if (filters.dateTo !== undefined && doc.date > filters.dateTo) return false;
  if (filters.paper !== undefined && doc.paper !== filters.paper) return false;
  if (filters.page !== undefined && doc.page !== filters.page) return false;
  if (person !== null && !d.foldedPeople.includes(person)) return false;
  return true;
}

export interface IssueSpan {
  start: number;
  end: number;
  date: string;
  paper: string;
}

const DAY_MS = 86_400_000;

/** The issue table of a segment, unpacked: each issue's id range, date and paper. */
export function issueSpans(index: Segment): IssueSpan[] {
  const { days, paper, docs } = index.issues;
  const spans: IssueSpan[] = [];
  let day = 0;
  let start = 0;
  for (let i = 0; i < days.length; i++) {
    day = i === 0 ? days[0]! : day - days[i]!;
    const end = start + docs[i]!;
    spans.push({
      start,
      end,
      date: new Date(day * DAY_MS).toISOString().slice(0, 10),
      paper: index.papers[paper[i]!] ?? "",
    });
    start = end;
  }
  return spans;
}

/** False when the date and paper filters leave out everything dated `from`–`to` in these papers. */
export function datesMayMatch(range: Pick<SegmentRef, "from" | "to" | "papers">, filters: SearchFilters): boolean {
  if (filters.dateFrom !== undefined && range.to < filters.dateFrom) return false;
  if (filters.dateTo !== undefined && range.from > filters.dateTo) return false;
  return filters.paper === undefined || range.papers.includes(filters.paper);
}

/**
 * True when the date and paper filters keep every document of a segment (so when they are unset):
 * its issue table, which `rangesFor` reads, is then not needed.
 */
export function keepsWholeSegment(
  segment: Pick<SegmentRef, "from" | "to" | "papers">,
  filters: SearchFilters,
): boolean {
  const { dateFrom, dateTo, paper } = filters;
  return (
    (dateFrom === undefined || dateFrom <= segment.from) &&
    (dateTo === undefined || segment.to <= dateTo) &&
    (paper === undefined || segment.papers.every((p) => p === paper))
  );
}

/** Id ranges that pass the date and paper filters, merged; null when those filters are unset. */
export function rangesFor(spans: readonly IssueSpan[], filters: SearchFilters): [number, number][] | null {
  if (filters.dateFrom === undefined && filters.dateTo === undefined && filters.paper === undefined) return null;
  const ranges: [number, number][] = [];
  for (const s of spans) {
    if (filters.dateFrom !== undefined && s.date < filters.dateFrom) continue;
    if (filters.dateTo !== undefined && s.date > filters.dateTo) continue;
    if (filters.paper !== undefined && s.paper !== filters.paper) continue;
    const last = ranges.at(-1);
    if (last !== undefined && last[1] === s.start) last[1] = s.end;
    else ranges.push([s.start, s.end]);
  }
  return ranges;
}

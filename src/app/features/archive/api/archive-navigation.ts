import type { IssueDate, YearIndex } from "@/bundle/schema";
import { issueMonths, monthOf } from "./calendar";

/**
 * Moving through an archive from one year file: the issue before and after one (previous/next,
 * across the year's edge by the file's `before` and `after`), the months with issues around a
 * month, and the years as runs with the gaps between them named. Issues are oldest first.
 */
export interface Neighbours<T> {
  older: T | null;
  newer: T | null;
}

export function neighbourIssues(year: YearIndex, date: string): Neighbours<IssueDate> {
  const at = year.issues.findIndex((i) => i.date === date);
  if (at === -1) return { older: null, newer: null };
  return { older: year.issues[at - 1] ?? year.before, newer: year.issues[at + 1] ?? year.after };
}

/** The nearest months with issues before and after `month` (which may itself have none). */
export function neighbourMonths(year: YearIndex, month: string): Neighbours<string> {
  const months = issueMonths(year.issues.map((i) => i.date));
  const older = months.find((m) => m < month) ?? (year.before === null ? null : monthOf(year.before.date));
  const newer = [...months].reverse().find((m) => m > month) ?? (year.after === null ? null : monthOf(year.after.date));
  return { older, newer };
}

export type YearRun = { kind: "year"; year: number } | { kind: "gap"; from: number; to: number };

/** Years with issues, oldest first, with a gap entry for every run of years without any. */
export function yearRuns(years: readonly number[]): YearRun[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: YearRun[] = [];
  sorted.forEach((year, at) => {
    const previous = sorted[at - 1];
    if (previous !== undefined && year - previous > 1) runs.push({ kind: "gap", from: previous + 1, to: year - 1 });
    runs.push({ kind: "year", year });
  });
  return runs;
}

import { t } from "@/app/lib/i18n";

/**
 * Calendar arithmetic for the issue calendar (往期回顾), on ISO dates (YYYY-MM-DD) in UTC so that
 * no time zone shifts a day. Weeks start on Monday, as Chinese calendars print them.
 */
export interface CalendarDay {
  /** ISO date, or null for the blank cells before the 1st and after the last day. */
  date: string | null;
  day: number | null;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The months that have issues, newest first. */
export function issueMonths(dates: readonly string[]): string[] {
  return [...new Set(dates.map(monthOf))].sort().reverse();
}

/** The weeks of a month (YYYY-MM), Monday first, padded with blank cells. */
export function monthWeeks(month: string): CalendarDay[][] {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, mon - 1, 1));
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: CalendarDay[] = Array.from({ length: lead }, () => ({ date: null, day: null }));
  for (let d = 1; d <= days; d++) cells.push({ date: `${month}-${String(d).padStart(2, "0")}`, day: d });
  while (cells.length % 7 !== 0) cells.push({ date: null, day: null });
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** A week's days as ISO dates, Monday first (any week will do: it names the columns). */
export const WEEK = [
  "2024-01-01",
  "2024-01-02",
  "2024-01-03",
  "2024-01-04",
  "2024-01-05",
  "2024-01-06",
  "2024-01-07",
] as const;

export { formatMonth, formatMonthShort } from "@/app/lib/format-date";

/** Whether a route segment names a month (YYYY-MM) rather than an issue date. */
export function isMonth(segment: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/u.test(segment);
}

/** Whether a route segment names a year (YYYY): the year's calendar. */
export function isYear(segment: string): boolean {
  return /^\d{4}$/u.test(segment);
}

/** A year in the interface's language: `2023年`, `2023`. */
export function formatYear(year: number): string {
  return t("archive.year", { year });
}

/** The months of a year, `YYYY-01` … `YYYY-12`. */
export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

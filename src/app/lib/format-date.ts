import type { IssueEntry } from "@/bundle/schema";
import { localeTag, t } from "./i18n";

/**
 * Dates in the interface's language (`2023年2月26日 星期日`, `February 26, 2023 Sunday`), from ISO
 * dates, with the platform's Intl (no date library needed for formatting fixed calendar dates). An
 * inferred date is never shown as fact: it reads `约2023年2月26日` and carries no weekday.
 */
// Made on first use per language: building Intl formatters is not free, and the first view may need none.
interface Formats {
  day: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  weekdayShort: Intl.DateTimeFormat;
  month: Intl.DateTimeFormat;
  monthShort: Intl.DateTimeFormat;
}
const formats = new Map<string, Formats>();
function format() {
  const tag = localeTag();
  let found = formats.get(tag);
  if (found === undefined) {
    found = {
      day: new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
      weekday: new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" }),
      // A calendar's column heads: `一`, `Mon`.
      weekdayShort: new Intl.DateTimeFormat(tag, { weekday: tag === "en" ? "short" : "narrow", timeZone: "UTC" }),
      month: new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", timeZone: "UTC" }),
      // A month within its year: `2月`, `Feb`.
      monthShort: new Intl.DateTimeFormat(tag, { month: tag === "en" ? "short" : "numeric", timeZone: "UTC" }),
    };
    formats.set(tag, found);
  }
  return found;
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDay(iso: string): string {
  return format().day.format(utc(iso));
}

/** A month (YYYY-MM): `2023年2月`, `February 2023`. */
export function formatMonth(month: string): string {
  return format().month.format(utc(`${month}-01`));
}

/** A month (YYYY-MM) within its year: `2月`, `Feb`. */
export function formatMonthShort(month: string): string {
  return format().monthShort.format(utc(`${month}-01`));
}

/** The weekday of an ISO date, in full (`星期一`, `Monday`). */
export function formatWeekday(iso: string): string {
  return format().weekday.format(utc(iso));
}

/** The weekday of an ISO date as a calendar's column head (`一`, `Mon`). */
export function formatWeekdayShort(iso: string): string {
  return format().weekdayShort.format(utc(iso));
}

export function formatIssueDate(issue: Pick<IssueEntry, "date" | "dateApproximate">): string {
  if (issue.dateApproximate) return t("common.approxDate", { date: formatDay(issue.date) });
  return `${formatDay(issue.date)} ${formatWeekday(issue.date)}`;
}

export function pageLabel(page: { no: number; name: string | null }): string {
  return page.name === null
    ? t("common.pageNo", { no: page.no })
    : t("common.pageNamed", { no: page.no, name: page.name });
}

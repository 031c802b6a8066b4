import type { IssueEntry } from "@/bundle/schema";
import { localeTag, t } from "./i18n";

/**
 * Dates in the interface's language (`2023年2月26日 星期日`, `February 26, 2023 Sunday`), from ISO
 * dates, with the platform's Intl (no date library needed for formatting fixed calendar dates). An
 * inferred date is never shown as fact: it reads `约2023年2月26日` and carries no weekday.
 */
/** A date's formats in one language. */
interface Formats {
  day: (date: Date) => string;
  weekday: (date: Date) => string;
  weekdayShort: (date: Date) => string;
  month: (date: Date) => string;
  monthShort: (date: Date) => string;
}

/** `日一二三四五六`: the weekdays' names in Chinese, Sunday first (as `Date#getUTCDay` counts). */
const ZH_WEEKDAYS = "日一二三四五六";

/**
 * Chinese dates written out: what Intl's zh-CN gives for these five formats (format-date.test.ts
 * checks it day by day), without Intl. The first `Intl.DateTimeFormat` of a page builds ICU's
 * pattern generator for its locale, 20–35 ms of main thread on a mid-range phone in the middle of
 * hydration, for a date the prerendered page already shows.
 */
const ZH_FORMATS: Formats = {
  day: (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  weekday: (d) => `星期${ZH_WEEKDAYS[d.getUTCDay()]!}`,
  weekdayShort: (d) => ZH_WEEKDAYS[d.getUTCDay()]!,
  month: (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`,
  monthShort: (d) => `${d.getUTCMonth() + 1}月`,
};

// English through Intl, made on first use: building Intl formatters is not free, and the first view may need none.
let english: Formats | undefined;
function intlFormats(tag: string): Formats {
  const make = (options: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
    return (date: Date) => formatter.format(date);
  };
  return {
    day: make({ year: "numeric", month: "long", day: "numeric" }),
    weekday: make({ weekday: "long" }),
    // A calendar's column heads: `Mon`.
    weekdayShort: make({ weekday: "short" }),
    month: make({ year: "numeric", month: "long" }),
    // A month within its year: `Feb`.
    monthShort: make({ month: "short" }),
  };
}

function format(): Formats {
  const tag = localeTag();
  return tag === "en" ? (english ??= intlFormats(tag)) : ZH_FORMATS;
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDay(iso: string): string {
  return format().day(utc(iso));
}

/** A month (YYYY-MM): `2023年2月`, `February 2023`. */
export function formatMonth(month: string): string {
  return format().month(utc(`${month}-01`));
}

/** A month (YYYY-MM) within its year: `2月`, `Feb`. */
export function formatMonthShort(month: string): string {
  return format().monthShort(utc(`${month}-01`));
}

/** The weekday of an ISO date, in full (`星期一`, `Monday`). */
export function formatWeekday(iso: string): string {
  return format().weekday(utc(iso));
}

/** The weekday of an ISO date as a calendar's column head (`一`, `Mon`). */
export function formatWeekdayShort(iso: string): string {
  return format().weekdayShort(utc(iso));
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

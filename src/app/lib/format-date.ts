import type { IssueEntry } from "@/bundle/schema";

/**
 * Dates as a Chinese reader expects them (`2023年2月26日 星期日`), from ISO dates, with the
 * platform's Intl (no date library needed for formatting fixed calendar dates). An inferred date
 * is never shown as fact: it reads `约2023年2月26日` and carries no weekday.
 */
// Made on first use: building Intl formatters is not free, and the first view may need none.
let formats: { day: Intl.DateTimeFormat; weekday: Intl.DateTimeFormat } | null = null;
function format() {
  formats ??= {
    day: new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
    weekday: new Intl.DateTimeFormat("zh-CN", { weekday: "long", timeZone: "UTC" }),
  };
  return formats;
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDay(iso: string): string {
  return format().day.format(utc(iso));
}

export function formatIssueDate(issue: Pick<IssueEntry, "date" | "dateApproximate">): string {
  if (issue.dateApproximate) return `约${formatDay(issue.date)}`;
  return `${formatDay(issue.date)} ${format().weekday.format(utc(issue.date))}`;
}

export function pageLabel(page: { no: number; name: string | null }): string {
  return page.name === null ? `第${page.no}版` : `第${page.no}版 · ${page.name}`;
}

import type { IssueEntry } from "@/bundle/schema";

/**
 * Dates as a Chinese reader expects them (`2023年2月26日 星期日`), from ISO dates, with the
 * platform's Intl (no date library needed for formatting fixed calendar dates). An inferred date
 * is never shown as fact: it reads `约2023年2月26日` and carries no weekday.
 */
const dayFormat = new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const weekdayFormat = new Intl.DateTimeFormat("zh-CN", { weekday: "long", timeZone: "UTC" });

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDay(iso: string): string {
  return dayFormat.format(utc(iso));
}

export function formatIssueDate(issue: Pick<IssueEntry, "date" | "dateApproximate">): string {
  if (issue.dateApproximate) return `约${formatDay(issue.date)}`;
  return `${formatDay(issue.date)} ${weekdayFormat.format(utc(issue.date))}`;
}

export function pageLabel(page: { no: number; name: string | null }): string {
  return page.name === null ? `第${page.no}版` : `第${page.no}版 · ${page.name}`;
}

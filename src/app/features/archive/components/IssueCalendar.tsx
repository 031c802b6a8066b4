import type { ReactNode } from "react";
import { Link } from "react-router";
import type { IssueEntry } from "@/bundle/schema";
import { formatDay, formatWeekday, formatWeekdayShort } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";
import { formatMonth, monthWeeks, WEEK } from "../api/calendar";

/**
 * One month of a paper's issues (往期回顾) as a calendar: days with an issue are links, the others
 * plain. A table, so that a screen reader announces weekday and date.
 */
export function IssueCalendar({
  month,
  issues,
  issuePath,
  current,
  caption,
  compact = false,
}: {
  month: string;
  issues: readonly IssueEntry[];
  issuePath: (date: string) => string;
  current?: string;
  /** The caption, when it is more than the month's name (a link to the month in a year's view). */
  caption?: ReactNode;
  /** A small calendar, twelve to a year's page. */
  compact?: boolean;
}) {
  const t = useT();
  const byDate = new Map(issues.map((issue) => [issue.date, issue]));
  return (
    <table className={compact ? "calendar calendar-compact" : "calendar"}>
      <caption className="calendar-caption">{caption ?? formatMonth(month)}</caption>
      <thead>
        <tr>
          {WEEK.map((day) => (
            <th key={day} scope="col" abbr={formatWeekday(day)}>
              {formatWeekdayShort(day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week, w) => (
          <tr key={w}>
            {week.map((cell, d) => {
              const issue = cell.date === null ? undefined : byDate.get(cell.date);
              if (cell.day === null) return <td key={d} />;
              if (issue === undefined) {
                return (
                  <td key={d} className="calendar-empty">
                    {cell.day}
                  </td>
                );
              }
              return (
                <td key={d}>
                  <Link
                    to={issuePath(issue.date)}
                    className="calendar-day"
                    aria-current={issue.date === current ? "date" : undefined}
                    aria-label={t("archive.issueLabel", {
                      date: issue.dateApproximate
                        ? t("common.approxDate", { date: formatDay(issue.date) })
                        : formatDay(issue.date),
                      pages: issue.pageCount,
                      articles: issue.articleCount,
                    })}
                  >
                    {cell.day}
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

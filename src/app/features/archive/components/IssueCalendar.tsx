import type { ReactNode } from "react";
import { Link } from "react-router";
import type { IssueEntry } from "@/bundle/schema";
import { formatDay } from "@/app/lib/format-date";
import { formatMonth, monthWeeks, WEEKDAYS } from "../api/calendar";

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
  const byDate = new Map(issues.map((issue) => [issue.date, issue]));
  return (
    <table className={compact ? "calendar calendar-compact" : "calendar"}>
      <caption className="calendar-caption">{caption ?? formatMonth(month)}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col" abbr={`星期${day}`}>
              {day}
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
                    aria-label={`${issue.dateApproximate ? "约" : ""}${formatDay(issue.date)}，${issue.pageCount}版，${issue.articleCount}篇`}
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

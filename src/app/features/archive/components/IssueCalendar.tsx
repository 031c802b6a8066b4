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
}: {
  month: string;
  issues: readonly IssueEntry[];
  issuePath: (date: string) => string;
  current?: string;
}) {
  const byDate = new Map(issues.map((issue) => [issue.date, issue]));
  return (
    <table className="calendar">
      <caption className="calendar-caption">{formatMonth(month)}</caption>
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
              const articles = issue.pages.reduce((n, p) => n + p.articleCount, 0);
              return (
                <td key={d}>
                  <Link
                    to={issuePath(issue.date)}
                    className="calendar-day"
                    aria-current={issue.date === current ? "date" : undefined}
                    aria-label={`${issue.dateApproximate ? "约" : ""}${formatDay(issue.date)}，${issue.pages.length}版，${articles}篇`}
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

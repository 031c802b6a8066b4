import { Link } from "react-router";
import type { IssueEntry } from "@/bundle/schema";
import { formatDay, formatWeekday, formatWeekdayShort } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
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
}: {
  month: string;
  issues: readonly IssueEntry[];
  issuePath: (date: string) => string;
  current?: string;
}) {
  const t = useT();
  const byDate = new Map(issues.map((issue) => [issue.date, issue]));
  return (
    <table className="calendar">
      <caption className="calendar-caption">{formatMonth(month)}</caption>
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
              const articles = issue.pages.reduce((n, p) => n + p.articleCount, 0);
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
                      pages: issue.pages.length,
                      articles,
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

import { Link } from "react-router";
import type { YearIndex } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";
import { formatMonth, formatMonthShort, monthOf, yearMonths } from "../api/calendar";
import { IssueCalendar } from "./IssueCalendar";

/**
 * A year of a paper at a glance: twelve months, each named with its count of issues (a link to the
 * month) over a small calendar whose days link to their issues. A month without issues says 无 and
 * has no grid. On a phone the small calendars give way to the twelve months as tiles: year → month
 * → day, one tap each.
 */
export function YearCalendar({
  year,
  issuePath,
  monthPath,
}: {
  year: YearIndex;
  issuePath: (date: string) => string;
  monthPath: (month: string) => string;
}) {
  const t = useT();
  return (
    <ol className="year-calendar" aria-label={t("archive.yearMonths", { year: year.year })}>
      {yearMonths(year.year).map((month) => {
        const issues = year.issues.filter((i) => monthOf(i.date) === month);
        const name = formatMonthShort(month);
        return (
          <li key={month} className="year-month">
            {issues.length === 0 ? (
              <p className="year-month-link year-month-none">
                {name} <span className="text-xs">{t("archive.monthNone")}</span>
                <span className="sr-only">{t("archive.monthNoneLong", { month: formatMonth(month) })}</span>
              </p>
            ) : (
              <>
                <Link to={monthPath(month)} className="year-month-link">
                  {name} <span className="text-xs text-muted">{t("archive.issueCount", { count: issues.length })}</span>
                </Link>
                <div className="year-month-days">
                  <IssueCalendar
                    compact
                    month={month}
                    issues={issues}
                    issuePath={issuePath}
                    caption={<span className="sr-only">{formatMonth(month)}</span>}
                  />
                </div>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

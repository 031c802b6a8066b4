import { useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { findPaper, manifestQueryOptions, yearQueryOptions } from "@/app/api/bundle-queries";
import { neighbourMonths } from "@/app/features/archive/api/archive-navigation";
import { formatMonth, monthOf } from "@/app/features/archive/api/calendar";
import { IssueCalendar } from "@/app/features/archive/components/IssueCalendar";
import { MonthNav } from "@/app/features/archive/components/MonthNav";
import { YearStrip } from "@/app/features/archive/components/YearStrip";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";

/**
 * One month of one paper: the years (year → month → day), the nearest months with issues around
 * it, the calendar and the month's issues as a list. Reads the manifest and the year's file only.
 */
export function MonthView({ paperId, month, yearFile }: { paperId: string; month: string; yearFile: string }) {
  const t = useT();
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const { data: year } = useSuspenseQuery(yearQueryOptions({ file: yearFile }));
  const paper = findPaper(manifest, paperId)!;
  const inMonth = year.issues.filter((i) => monthOf(i.date) === month);
  const { older, newer } = neighbourMonths(year, month);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="headline text-3xl">
        <span className="text-accent" data-content="">
          {paper.name}
        </span>{" "}
        <span className="text-xl">{t("archive.title")}</span>
      </h1>
      <YearStrip
        years={paper.years.map((y) => y.year)}
        current={year.year}
        yearPath={(y) => paths.year.to(paper.id, y)}
      />
      <p className="mt-3 text-sm">
        <Link to={paths.year.to(paper.id, year.year)} className="link-quiet underline">
          {t("archive.wholeYear", { year: year.year })}
        </Link>
        <span className="text-muted"> › {formatMonth(month)}</span>
      </p>
      <div className="mt-4">
        <MonthNav older={older} newer={newer} monthPath={(m) => paths.month.to(paper.id, m)} />
      </div>
      <div className="mt-4">
        <IssueCalendar month={month} issues={inMonth} issuePath={(date) => paths.issue.to(paper.id, date)} />
      </div>
      <h2 id="month-issues" className="section-label mt-8">
        {t("archive.monthIssues", { month: formatMonth(month) })}
      </h2>
      <ol aria-labelledby="month-issues" className="mt-2 divide-y divide-rule">
        {inMonth.map((issue) => (
          <li key={issue.date} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <Link to={paths.issue.to(paper.id, issue.date)} className="link-quiet font-medium">
              {formatIssueDate(issue)}
            </Link>
            <span className="text-sm text-muted">
              {t("archive.issueSummary", { pages: issue.pageCount, articles: issue.articleCount })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

import { useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { findPaper, manifestQueryOptions } from "@/app/api/bundle-queries";
import { formatMonth, issueMonths, monthOf } from "@/app/features/archive/api/calendar";
import { IssueCalendar } from "@/app/features/archive/components/IssueCalendar";
import { MonthNav } from "@/app/features/archive/components/MonthNav";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";

/** One month of one paper: the calendar, the months around it, and the month's issues as a list. */
export function MonthView({ paperId, month }: { paperId: string; month: string }) {
  const t = useT();
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const paper = findPaper(manifest, paperId)!;
  const months = issueMonths(paper.issues.map((i) => i.date));
  const inMonth = paper.issues.filter((i) => monthOf(i.date) === month);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="headline text-3xl">
        <span className="text-accent" data-content="">
          {paper.name}
        </span>{" "}
        <span className="text-xl">{t("archive.title")}</span>
      </h1>
      <div className="mt-4">
        <MonthNav months={months} current={month} monthPath={(m) => paths.month.to(paper.id, m)} />
      </div>
      <div className="mt-4">
        <IssueCalendar month={month} issues={paper.issues} issuePath={(date) => paths.issue.to(paper.id, date)} />
      </div>
      <h2 className="section-label mt-8">{t("archive.monthIssues", { month: formatMonth(month) })}</h2>
      <ol className="mt-2 divide-y divide-rule">
        {[...inMonth].reverse().map((issue) => (
          <li key={issue.date} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <Link to={paths.issue.to(paper.id, issue.date)} className="link-quiet font-medium">
              {formatIssueDate(issue)}
            </Link>
            <span className="text-sm text-muted">
              {t("archive.issueSummary", {
                pages: issue.pages.length,
                articles: issue.pages.reduce((n, p) => n + p.articleCount, 0),
              })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

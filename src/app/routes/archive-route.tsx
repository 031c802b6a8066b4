import { useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { manifestQueryOptions } from "@/app/api/bundle-queries";
import { issueMonths } from "@/app/features/archive/api/calendar";
import { IssueCalendar } from "@/app/features/archive/components/IssueCalendar";
import { SavedIssuesList } from "@/app/features/offline/components/SavedIssuesList";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";

/** 往期: every paper side by side, each with its latest issue and its latest month's calendar. */
export function ArchiveRoute() {
  const t = useT();
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="headline text-3xl">{t("archive.title")}</h1>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {manifest.papers.map((paper) => {
          const latest = paper.issues[0];
          const month = issueMonths(paper.issues.map((i) => i.date))[0];
          const articles = paper.issues.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.articleCount, 0), 0);
          return (
            <section key={paper.id} aria-labelledby={`paper-${paper.id}`} className="archive-paper">
              <h2 id={`paper-${paper.id}`} className="headline text-2xl text-accent">
                <Link to={paths.paper.to(paper.id)} className="link-quiet" data-content="">
                  {paper.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {t("archive.summary", { issues: paper.issues.length, articles })}
                {paper.nameNote !== null && t("archive.nameNote")}
              </p>
              {latest !== undefined && (
                <p className="mt-2 text-sm">
                  {t("archive.latest")}
                  <Link to={paths.issue.to(paper.id, latest.date)} className="link-quiet underline">
                    {formatIssueDate(latest)}
                  </Link>
                </p>
              )}
              {month !== undefined && (
                <div className="mt-4">
                  <IssueCalendar
                    month={month}
                    issues={paper.issues}
                    issuePath={(date) => paths.issue.to(paper.id, date)}
                  />
                </div>
              )}
            </section>
          );
        })}
      </div>
      <SavedIssuesList />
    </div>
  );
}

import { useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { ManifestPaper, YearIndex } from "@/bundle/schema";
import { manifestQueryOptions, yearQueryOptions } from "@/app/api/bundle-queries";
import { monthOf } from "@/app/features/archive/api/calendar";
import { IssueCalendar } from "@/app/features/archive/components/IssueCalendar";
import { YearStrip } from "@/app/features/archive/components/YearStrip";
import { SavedIssuesList } from "@/app/features/offline/components/SavedIssuesList";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";

/**
 * 往期: every paper side by side, each with its years, its latest issue and its latest month's
 * calendar (from the manifest and each paper's latest year file).
 */
export function ArchiveRoute() {
  const t = useT();
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const withYears = manifest.papers.filter((p) => p.years[0] !== undefined);
  const years = useSuspenseQueries({ queries: withYears.map((p) => yearQueryOptions(p.years[0]!)) });
  const latestYear = new Map(withYears.map((p, at) => [p.id, years[at]!.data]));
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="headline text-3xl">{t("archive.title")}</h1>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {manifest.papers.map((paper) => (
          <PaperSection key={paper.id} paper={paper} year={latestYear.get(paper.id) ?? null} />
        ))}
      </div>
      <SavedIssuesList />
    </div>
  );
}

function PaperSection({ paper, year }: { paper: ManifestPaper; year: YearIndex | null }) {
  const t = useT();
  const latest = paper.latest;
  const month = latest === null ? null : monthOf(latest.date);
  return (
    <section aria-labelledby={`paper-${paper.id}`} className="archive-paper min-w-0">
      <h2 id={`paper-${paper.id}`} className="headline text-2xl text-accent">
        <Link to={paths.paper.to(paper.id)} className="link-quiet" data-content="">
          {paper.name}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-muted">
        {t("archive.summary", { issues: paper.issueCount, articles: paper.articleCount })}
        {paper.nameNote !== null && t("archive.nameNote")}
      </p>
      {paper.years.length > 1 && (
        <YearStrip years={paper.years.map((y) => y.year)} current={null} yearPath={(y) => paths.year.to(paper.id, y)} />
      )}
      {latest !== null && (
        <p className="mt-2 text-sm">
          {t("archive.latest")}
          <Link to={paths.issue.to(paper.id, latest.date)} className="link-quiet underline">
            {formatIssueDate(latest)}
          </Link>
        </p>
      )}
      {month !== null && year !== null && (
        <div className="mt-4">
          <IssueCalendar
            month={month}
            issues={year.issues.filter((i) => monthOf(i.date) === month)}
            issuePath={(date) => paths.issue.to(paper.id, date)}
          />
        </div>
      )}
    </section>
  );
}

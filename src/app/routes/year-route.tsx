import { useSuspenseQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { findPaper, manifestQueryOptions, yearQueryOptions } from "@/app/api/bundle-queries";
import { formatYear } from "@/app/features/archive/api/calendar";
import { YearCalendar } from "@/app/features/archive/components/YearCalendar";
import { YearStrip } from "@/app/features/archive/components/YearStrip";
import { paths } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";

/** One year of one paper: the years around it and its twelve months. Reads the manifest and the year's file. */
export function YearView({ paperId, yearFile }: { paperId: string; yearFile: string }) {
  const t = useT();
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const { data: year } = useSuspenseQuery(yearQueryOptions({ file: yearFile }));
  const paper = findPaper(manifest, paperId)!;
  const articles = year.issues.reduce((n, i) => n + i.articleCount, 0);
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="headline text-3xl">
        <span className="text-accent" data-content="">
          {paper.name}
        </span>{" "}
        <span className="text-xl">{formatYear(year.year)}</span>
      </h1>
      <YearStrip
        years={paper.years.map((y) => y.year)}
        current={year.year}
        yearPath={(y) => paths.year.to(paper.id, y)}
      />
      <p className="mt-3 text-sm text-muted">
        {t("archive.yearSummary", { year: year.year, issues: year.issues.length, articles })}
        <Link to={paths.archive.to()} className="link-quiet underline">
          {t("archive.allPapers")}
        </Link>
      </p>
      <YearCalendar
        year={year}
        issuePath={(date) => paths.issue.to(paper.id, date)}
        monthPath={(month) => paths.month.to(paper.id, month)}
      />
    </div>
  );
}

import { Link } from "react-router";
import { yearRuns } from "../api/archive-navigation";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/archive";
import { formatYear } from "../api/calendar";

/**
 * The years of a paper that have issues, oldest first, each a link to its year's calendar; a run of
 * years without any reads as such (`1999—2018年 无`), so a gap is not mistaken for a missing link.
 * It scrolls sideways on a phone rather than wrapping into a wall of years.
 */
export function YearStrip({
  years,
  current,
  yearPath,
}: {
  years: readonly number[];
  current: number | null;
  yearPath: (year: number) => string;
}) {
  const t = useT();
  return (
    <nav aria-label={t("archive.years")} className="year-strip">
      <ol>
        {yearRuns(years).map((run) =>
          run.kind === "year" ? (
            <li key={run.year}>
              <Link
                to={yearPath(run.year)}
                className="year-link"
                aria-current={run.year === current ? "page" : undefined}
              >
                {run.year}
              </Link>
            </li>
          ) : (
            <li key={`gap-${run.from}`} className="year-gap">
              {t("archive.yearGap", {
                years: run.from === run.to ? formatYear(run.from) : `${run.from}—${formatYear(run.to)}`,
              })}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { findPaper, findYearEntry, manifestQueryOptions, yearQueryOptions } from "@/app/api/bundle-queries";
import { isMonth, isYear, monthOf } from "@/app/features/archive/api/calendar";
import { notFound } from "@/app/lib/not-found";
import { pageLoader } from "./issue-loaders";

/**
 * Loaders of the archive routes: every paper (the manifest and each paper's latest year), one
 * paper's year, one month's calendar (the manifest and that year's file only).
 */
export function archiveLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    await Promise.all(
      manifest.papers.flatMap((paper) =>
        paper.years[0] === undefined ? [] : [queryClient.ensureQueryData(yearQueryOptions(paper.years[0]))],
      ),
    );
    return null;
  };
}

async function paperYear(queryClient: QueryClient, paperId: string, dateOrYear: string | null) {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  const paper = findPaper(manifest, paperId);
  if (paper === undefined) notFound("notFound.paper", { paper: paperId });
  const latest = paper.latest;
  if (latest === null) notFound("notFound.noIssuesOf", { paper: paper.name });
  const yearEntry = findYearEntry(paper, dateOrYear ?? latest.date);
  if (yearEntry === undefined) notFound("notFound.year", { paper: paper.name, year: dateOrYear?.slice(0, 4) ?? "" });
  const year = await queryClient.ensureQueryData(yearQueryOptions(yearEntry));
  return { paper, latest, yearFile: yearEntry.file, year };
}

async function paperMonth(queryClient: QueryClient, paperId: string, month: string | null) {
  const { paper, latest, yearFile, year } = await paperYear(queryClient, paperId, month);
  const chosen = month ?? monthOf(latest.date);
  if (!year.issues.some((i) => monthOf(i.date) === chosen))
    notFound("notFound.month", { paper: paper.name, month: chosen });
  return { kind: "month" as const, paperId, month: chosen, yearFile };
}

export function paperLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => paperMonth(queryClient, params.paper ?? "", null);
}

/**
 * `/:paper/:date/`: a year (YYYY) shows its twelve months, a month (YYYY-MM) its calendar, a date
 * (YYYY-MM-DD) the issue's first page.
 */
export function issueOrMonthLoader(queryClient: QueryClient) {
  const page = pageLoader(queryClient);
  return async (args: LoaderFunctionArgs) => {
    const date = args.params.date ?? "";
    const paperId = args.params.paper ?? "";
    if (isYear(date)) {
      const { yearFile } = await paperYear(queryClient, paperId, date);
      return { kind: "year" as const, paperId, year: Number(date), yearFile };
    }
    if (isMonth(date)) return paperMonth(queryClient, paperId, date);
    return { kind: "page" as const, ...(await page(args)) };
  };
}

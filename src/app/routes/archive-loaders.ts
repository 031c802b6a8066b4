import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { findPaper, manifestQueryOptions } from "@/app/api/bundle-queries";
import { issueMonths, isMonth } from "@/app/features/archive/api/calendar";
import { notFound } from "@/app/lib/not-found";
import { pageLoader } from "./issue-loaders";

/** Loaders of the archive routes: every paper, one paper's months, one month's calendar. */
export function archiveLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(manifestQueryOptions());
    return null;
  };
}

async function paperMonth(queryClient: QueryClient, paperId: string, month: string | null) {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  const paper = findPaper(manifest, paperId);
  if (paper === undefined) notFound("notFound.paper", { paper: paperId });
  const months = issueMonths(paper.issues.map((i) => i.date));
  const chosen = month ?? months[0];
  if (chosen === undefined) notFound("notFound.noIssuesOf", { paper: paper.name });
  if (!months.includes(chosen)) notFound("notFound.month", { paper: paper.name, month: chosen });
  return { kind: "month" as const, paperId, month: chosen };
}

export function paperLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => paperMonth(queryClient, params.paper ?? "", null);
}

/** `/:paper/:date/`: a month (YYYY-MM) shows its calendar, a date (YYYY-MM-DD) the issue's first page. */
export function issueOrMonthLoader(queryClient: QueryClient) {
  const page = pageLoader(queryClient);
  return async (args: LoaderFunctionArgs) => {
    const date = args.params.date ?? "";
    if (isMonth(date)) return paperMonth(queryClient, args.params.paper ?? "", date);
    return { kind: "page" as const, ...(await page(args)) };
  };
}

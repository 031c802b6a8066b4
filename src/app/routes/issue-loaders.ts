import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import type { ArticleHead, IssueEntry, IssueFile, PageHead } from "@/bundle/schema";
import {
  defaultPaper,
  ensurePage,
  findIssueEntry,
  findPaper,
  findYearEntry,
  issueQueryOptions,
  manifestQueryOptions,
  yearQueryOptions,
} from "@/app/api/bundle-queries";
import { hasPageImage, loadPrintedPageCode } from "@/app/features/issue/api/printed-page-code";
import { notFound, positiveInt } from "@/app/lib/not-found";

/**
 * Route loaders: resolve the address against the manifest and the issue's year file (which also
 * gives previous/next), make sure the issue file and the text of the page shown are in the query
 * cache (the component reads them from there; the other pages' text is not fetched), and throw a
 * 404 for what does not exist. They return only keys, never the data.
 */
export interface IssueRef {
  paperId: string;
  entry: IssueEntry;
  /** The year file listing the issue (and its neighbours). */
  yearFile: string;
}

/**
 * `latest` is given by the home route only (the manifest names its issue): its year file and issue
 * file are then fetched side by side. An issue's own address does not look at the manifest's latest
 * issue, so that its page does not depend on which day is the newest (the prerender renders it
 * again only when what it shows changes; its head preloads all three files anyway).
 */
async function loadIssue(
  queryClient: QueryClient,
  paperId: string,
  date: string,
  latest: IssueEntry | null = null,
): Promise<IssueRef & { issue: IssueFile }> {
  const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
  const paper = findPaper(manifest, paperId);
  const yearEntry = paper === undefined ? undefined : findYearEntry(paper, date);
  if (yearEntry === undefined) notFound("notFound.issue", { paper: paperId, date });
  const [year, early] = await Promise.all([
    queryClient.ensureQueryData(yearQueryOptions(yearEntry)),
    latest === null ? null : queryClient.ensureQueryData(issueQueryOptions(latest)),
  ]);
  const entry = findIssueEntry(year, date);
  if (entry === undefined) notFound("notFound.issue", { paper: paperId, date });
  const issue = early ?? (await queryClient.ensureQueryData(issueQueryOptions(entry)));
  return { paperId, entry, yearFile: yearEntry.file, issue };
}

function pageOf(issue: IssueFile, no: number | null): PageHead {
  const page = no === null ? undefined : issue.pages.find((p) => p.no === no);
  if (page === undefined) notFound("notFound.page", { no: no ?? "?" });
  return page;
}

/** A page drawn from a PDF needs the printed page's code before it renders (a chunk of its own). */
async function codeFor(page: PageHead): Promise<void> {
  if (hasPageImage(page)) await loadPrintedPageCode();
}

export function homeLoader(queryClient: QueryClient) {
  return async () => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    const paper = defaultPaper(manifest);
    const latest = paper?.latest ?? null;
    if (paper === undefined || latest === null) notFound("notFound.noIssues");
    const { issue, yearFile } = await loadIssue(queryClient, paper.id, latest.date, latest);
    await Promise.all([ensurePage(queryClient, issue.pages[0]!), codeFor(issue.pages[0]!)]);
    return { paperId: paper.id, entry: latest, yearFile, pageNo: issue.pages[0]!.no };
  };
}

export function pageLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const { paperId, entry, yearFile, issue } = await loadIssue(queryClient, params.paper ?? "", params.date ?? "");
    const page = params.page === undefined ? issue.pages[0]! : pageOf(issue, positiveInt(params.page));
    await Promise.all([ensurePage(queryClient, page), codeFor(page)]);
    return { paperId, entry, yearFile, pageNo: page.no };
  };
}

export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const { paperId, entry, yearFile, issue } = await loadIssue(queryClient, params.paper ?? "", params.date ?? "");
    const page = pageOf(issue, positiveInt(params.page));
    const seq = positiveInt(params.seq);
    if (!page.articles.some((a) => a.seq === seq))
      notFound("notFound.article", { page: page.no, seq: params.seq ?? "?" });
    await Promise.all([ensurePage(queryClient, page), codeFor(page)]);
    return { paperId, entry, yearFile, pageNo: page.no, seq: seq! };
  };
}

/** The article before and after one, across the pages of the issue, in reading order (by their headlines). */
export function neighbours(issue: IssueFile, pageNo: number, seq: number) {
  const all: { page: PageHead; article: ArticleHead }[] = issue.pages.flatMap((page) =>
    page.articles.map((article) => ({ page, article })),
  );
  const at = all.findIndex((x) => x.page.no === pageNo && x.article.seq === seq);
  return { previous: all[at - 1] ?? null, current: all[at]!, next: all[at + 1] ?? null };
}

import { queryOptions, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { MANIFEST_FILE } from "@/bundle/data-files";
import { joinPage } from "@/bundle/issue-text";
import { restoreIssueInSteps, restoreManifestInSteps, restorePageText, restoreYearIndex } from "@/bundle/restore";
import type {
  IssueEntry,
  IssueFile,
  Manifest,
  ManifestPaper,
  Page,
  PageHead,
  YearEntry,
  YearIndex,
} from "@/bundle/schema";
import { fetchBundleJson } from "@/app/lib/fetch-bundle";
import { nextTask, timeSliced } from "@/app/lib/next-task";

/**
 * Query options for the bundle (TanStack's query-options pattern): the route loader calls
 * `ensureQueryData(...)` with these, the component `useSuspenseQuery(...)` with the same, so a
 * file is fetched and validated once.
 */
/** The manifest has a fixed name (short-cached): the app's code does not change when the content does. */
export { MANIFEST_FILE } from "@/bundle/data-files";

export const bundleKeys = {
  all: ["bundle"] as const,
  manifest: () => [...bundleKeys.all, "manifest"] as const,
  issue: (file: string) => [...bundleKeys.all, "issue", file] as const,
  pageText: (file: string) => [...bundleKeys.all, "page-text", file] as const,
  year: (file: string) => [...bundleKeys.all, "year", file] as const,
};

/** Validated a paper at a time, yielding once a slice of main-thread time is used (`timeSliced`). */
export function manifestQueryOptions() {
  return queryOptions({
    queryKey: bundleKeys.manifest(),
    queryFn: async ({ signal }) => restoreManifestInSteps(await fetchBundleJson(MANIFEST_FILE, signal), timeSliced()),
    staleTime: Infinity,
  });
}

/**
 * Issue files are content-hashed and immutable: never stale. The largest file a view reads: it is
 * validated a page per task (the first view's loader runs while the page is already on screen).
 */
export function issueQueryOptions(entry: Pick<IssueEntry, "file">) {
  return queryOptions({
    queryKey: bundleKeys.issue(entry.file),
    queryFn: async ({ signal }) => restoreIssueInSteps(await fetchBundleJson(entry.file, signal), nextTask),
    staleTime: Infinity,
  });
}

/**
 * A page's text file (content-hashed: never stale); null for a page whose text is inline (an issue
 * file written by version 3). That page has no file: its key is not under `bundleKeys.all`, whose
 * keys name the files the offline cache keeps.
 */
export function pageTextQueryOptions(head: Pick<PageHead, "text">) {
  const file = head.text;
  return queryOptions({
    queryKey: file === undefined ? INLINE_TEXT_KEY : bundleKeys.pageText(file),
    queryFn: async ({ signal }) => (file === undefined ? null : restorePageText(await fetchBundleJson(file, signal))),
    staleTime: Infinity,
  });
}

const INLINE_TEXT_KEY = ["inline-page-text"] as const;

/** The text files of an issue's pages (none for an issue file whose text is inline). */
export function pageTextFiles(issue: IssueFile): string[] {
  return issue.pages.flatMap((page) => (page.text === undefined ? [] : [page.text]));
}

/** The page `no` of an issue file (which the loader checked it has). */
export function pageHeadOf(issue: IssueFile, no: number): PageHead {
  return issue.pages.find((p) => p.no === no)!;
}

/** Loads (or finds in the cache) one page's text: the page a view shows, whole. */
export async function ensurePage(queryClient: QueryClient, head: PageHead): Promise<Page> {
  return joinPage(head, await queryClient.ensureQueryData(pageTextQueryOptions(head)));
}

/** One page of an issue whole, its text from the cache (where its route's loader put it). */
export function useIssuePage(issue: IssueFile, no: number): Page {
  const head = pageHeadOf(issue, no);
  const { data } = useSuspenseQuery(pageTextQueryOptions(head));
  return joinPage(head, data);
}

/**
 * A paper's issues of one year, oldest first (the calendar's and previous/next's data). A fixed name:
 * read once a session, as the manifest is.
 */
export function yearQueryOptions(entry: Pick<YearEntry, "file">) {
  return queryOptions({
    queryKey: bundleKeys.year(entry.file),
    queryFn: async ({ signal }) => restoreYearIndex(await fetchBundleJson(entry.file, signal)),
    staleTime: Infinity,
  });
}

export function defaultPaper(manifest: Manifest): ManifestPaper | undefined {
  return manifest.papers.find((p) => p.isDefault) ?? manifest.papers[0];
}

export function findPaper(manifest: Manifest, paperId: string): ManifestPaper | undefined {
  return manifest.papers.find((p) => p.id === paperId);
}

/** The manifest's line for the year of a date (`YYYY…`), if the paper has issues that year. */
export function findYearEntry(paper: ManifestPaper, dateOrYear: string): YearEntry | undefined {
  const year = Number(dateOrYear.slice(0, 4));
  return paper.years.find((y) => y.year === year);
}

export function findIssueEntry(year: YearIndex, date: string): IssueEntry | undefined {
  return year.issues.find((i) => i.date === date);
}

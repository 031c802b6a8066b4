import { useSyncExternalStore } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { IssueEntry, IssueFile } from "@/bundle/schema";
import { OFFLINE_CACHES } from "@/app/config/offline";
import { basePath, paths } from "@/app/config/paths";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { bundleKeys, pageTextFiles } from "@/app/api/bundle-queries";
import { t } from "@/app/lib/i18n";

/**
 * 保存本期: puts a whole issue — its file, its pages' text files and the prerendered HTML of every page and article — into
 * the caches the service worker reads, so the issue reads offline, reloads included. What is saved
 * is remembered in localStorage (the caches themselves say what is there; the list says what the
 * reader asked for). A save is all or nothing (see `saveIssue`).
 */
export interface SavedIssue {
  paperId: string;
  paperName: string;
  date: string;
  dateApproximate: boolean;
  file: string;
  files: number;
  savedAt: string;
}

const KEY = "folio.savedIssues.v1";
/** Requests in flight while saving: enough to be quick, few enough not to crowd a phone's link. */
export const SAVE_CONCURRENCY = 4;

let saved: SavedIssue[] | null = null;
const EMPTY: SavedIssue[] = [];
const listeners = new Set<() => void>();

/**
 * The saved issues; none is `EMPTY` itself, what the prerendered page was rendered with, so that a
 * hydrated component reading the list is not rendered again (most readers have saved nothing).
 */
function load(): SavedIssue[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(list) && list.length > 0 ? (list as SavedIssue[]) : EMPTY;
  } catch {
    return EMPTY;
  }
}

function store(next: SavedIssue[]): void {
  saved = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // not remembered across visits; the caches still hold the issue
  }
  for (const listener of listeners) listener();
}

export function useSavedIssues(): SavedIssue[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (saved ??= load()),
    () => EMPTY,
  );
}

/** Every URL an issue needs offline: its file, its pages' text files and the HTML of its first page, pages and articles. */
export function issueUrls(
  paperId: string,
  entry: Pick<IssueEntry, "file">,
  issue: IssueFile,
): { data: string[]; pages: string[] } {
  const html = [paths.issue.to(paperId, issue.date)];
  for (const page of issue.pages) {
    html.push(paths.page.to(paperId, issue.date, page.no));
    for (const article of page.articles) html.push(paths.article.to(paperId, issue.date, page.no, article.seq));
  }
  const data = [entry.file, ...pageTextFiles(issue)].map(bundleUrl);
  return { data, pages: html.map((path) => `${basePath}${path}`) };
}

interface SaveJob {
  url: string;
  cacheName: string;
}

interface Downloaded extends SaveJob {
  body: Blob;
  init: ResponseInit;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Downloads every file of a save, `SAVE_CONCURRENCY` at a time, bodies read to the end (a response
 * cut off half way fails here, not later). The first failure stops the rest and is the answer;
 * progress is no longer reported after it.
 */
async function downloadAll(
  jobs: readonly SaveJob[],
  onProgress: (done: number, total: number) => void,
): Promise<Downloaded[]> {
  const controller = new AbortController();
  const downloaded: Downloaded[] = [];
  let next = 0;
  onProgress(0, jobs.length);
  const worker = async (): Promise<void> => {
    while (next < jobs.length && !controller.signal.aborted) {
      const job = jobs[next++]!;
      let response: Response;
      let body: Blob;
      try {
        response = await fetch(job.url, { cache: "no-cache", signal: controller.signal });
        if (!response.ok) throw new Error(t("offline.httpError", { url: job.url, status: response.status }));
        body = await response.blob();
      } catch (error) {
        if (controller.signal.aborted) return;
        throw error instanceof Error && error.message.startsWith(job.url)
          ? error
          : new Error(t("offline.downloadFailed", { url: job.url, reason: reason(error) }));
      }
      const init = { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) };
      downloaded.push({ ...job, body, init });
      if (!controller.signal.aborted) onProgress(downloaded.length, jobs.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: SAVE_CONCURRENCY }, worker));
  } catch (error) {
    controller.abort();
    throw error;
  }
  return downloaded;
}

/**
 * Runs cache writes (a save's commit, a removal) one at a time across every tab of this site, so
 * that "was this file here before this save?" stays true while the save writes and, on failure,
 * removes what it wrote. Web Locks where there are (every current browser), else within this tab.
 */
let cacheWrites: Promise<unknown> = Promise.resolve();
function withCacheLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  // The lock's promise resolves to what `run` resolves to (its type says Promise<Promise<T>>).
  if (locks !== undefined) return locks.request("folio-offline-cache-writes", run).then((result) => result);
  const result = cacheWrites.then(run, run);
  cacheWrites = result.catch(() => {});
  return result;
}

/**
 * Saves an issue, all or nothing. Every file is downloaded first (with progress); nothing is
 * written until all of them are here. Then they are written into the caches, and should a write
 * fail (a full disk), the files this save added are removed again. Files that were in the caches
 * before the save (an issue or page the reader opened, kept by the service worker, or another
 * saved issue's) are never removed: they were there for someone else. The service worker's
 * precache is a cache of its own, never touched here. The issue is marked saved only when every
 * file is written.
 *
 * Why not a staging cache: Cache Storage has no rename, so committing a staging cache is a copy
 * that can fail half way too, and a staging cache left by a closed tab needs sweeping. Held in
 * memory (Blobs, which the browser may keep on disk), an issue's files (its JSON and its pages'
 * HTML, a few MB for a large issue) cost nothing once the save ends, however it ends.
 */
export async function saveIssue(
  paperId: string,
  entry: IssueEntry,
  issue: IssueFile,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  if (typeof caches === "undefined") throw new Error(t("offline.unsupported"));
  const { data, pages } = issueUrls(paperId, entry, issue);
  const jobs: SaveJob[] = [
    ...data.map((url) => ({ url, cacheName: OFFLINE_CACHES.issues })),
    ...pages.map((url) => ({ url, cacheName: OFFLINE_CACHES.pages })),
  ];
  const files = await downloadAll(jobs, onProgress);
  await withCacheLock(async () => {
    const added: SaveJob[] = [];
    try {
      for (const file of files) {
        const cache = await caches.open(file.cacheName);
        if ((await cache.match(file.url)) === undefined) added.push(file);
        await cache.put(file.url, new Response(file.body, file.init));
      }
    } catch (error) {
      await Promise.allSettled(added.map(async (file) => (await caches.open(file.cacheName)).delete(file.url)));
      throw new Error(t("offline.cacheFailed", { reason: reason(error) }));
    }
    const record: SavedIssue = {
      paperId,
      paperName: issue.paper.name,
      date: issue.date,
      dateApproximate: issue.dateApproximate,
      file: entry.file,
      files: files.length,
      savedAt: new Date().toISOString(),
    };
    store([record, ...(saved ?? load()).filter((s) => !(s.paperId === paperId && s.date === issue.date))]);
  });
  void globalThis.navigator?.storage?.persist?.();
}

export async function removeSavedIssue(paperId: string, entry: IssueEntry, issue: IssueFile): Promise<void> {
  const { data, pages } = issueUrls(paperId, entry, issue);
  await withCacheLock(async () => {
    const [dataCache, pageCache] = await Promise.all([
      caches.open(OFFLINE_CACHES.issues),
      caches.open(OFFLINE_CACHES.pages),
    ]);
    await Promise.all([...data.map((url) => dataCache.delete(url)), ...pages.map((url) => pageCache.delete(url))]);
    store((saved ?? load()).filter((s) => !(s.paperId === paperId && s.date === issue.date)));
  });
}

/**
 * The bundle files the reader opened (the queries under `bundleKeys.all` name them), and every page's
 * text file of each issue opened: an issue opened at one page stays readable offline at all its
 * pages, as it did when it was one file.
 */
export function openedFiles(queryClient: QueryClient): string[] {
  const files = new Set<string>();
  for (const query of queryClient.getQueryCache().findAll({ queryKey: bundleKeys.all })) {
    const file = query.queryKey[2];
    if (typeof file === "string") files.add(file);
    if (query.queryKey[1] === "issue" && query.state.data !== undefined)
      for (const text of pageTextFiles(query.state.data as IssueFile)) files.add(text);
  }
  return [...files];
}

/**
 * Puts issue files the reader opened before the service worker took over into its cache (see
 * `openedFiles`). Best effort: a file that cannot be fetched now (the reader just went offline) is
 * simply not kept.
 */
export async function keepOpenedIssues(files: readonly string[]): Promise<void> {
  if (!("caches" in window)) return;
  const cache = await caches.open(OFFLINE_CACHES.issues);
  await Promise.allSettled(
    files.map(async (file) => {
      const url = bundleUrl(file);
      if ((await cache.match(url)) === undefined) await cache.add(url);
    }),
  );
}

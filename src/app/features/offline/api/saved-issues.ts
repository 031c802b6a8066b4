import { useSyncExternalStore } from "react";
import type { Issue, IssueEntry } from "@/bundle/schema";
import { OFFLINE_CACHES } from "@/app/config/offline";
import { basePath, paths } from "@/app/config/paths";
import { bundleUrl } from "@/app/lib/fetch-bundle";

/**
 * 保存本期: puts a whole issue — its file and the prerendered HTML of every page and article — into
 * the caches the service worker reads, so the issue reads offline, reloads included. What is saved
 * is remembered in localStorage (the caches themselves say what is there; the list says what the
 * reader asked for).
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
const listeners = new Set<() => void>();

function load(): SavedIssue[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(list) ? (list as SavedIssue[]) : [];
  } catch {
    return [];
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

const EMPTY: SavedIssue[] = [];

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

/** Every URL an issue needs offline: its file and the HTML of its first page, pages and articles. */
export function issueUrls(
  paperId: string,
  entry: Pick<IssueEntry, "file">,
  issue: Issue,
): { data: string[]; pages: string[] } {
  const html = [paths.issue.to(paperId, issue.date)];
  for (const page of issue.pages) {
    html.push(paths.page.to(paperId, issue.date, page.no));
    for (const article of page.articles) html.push(paths.article.to(paperId, issue.date, page.no, article.seq));
  }
  return { data: [bundleUrl(entry.file)], pages: html.map((path) => `${basePath}${path}`) };
}

export async function saveIssue(
  paperId: string,
  entry: IssueEntry,
  issue: Issue,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  if (!("caches" in window)) throw new Error("这个浏览器不支持离线保存");
  const { data, pages } = issueUrls(paperId, entry, issue);
  const [dataCache, pageCache] = await Promise.all([
    caches.open(OFFLINE_CACHES.issues),
    caches.open(OFFLINE_CACHES.pages),
  ]);
  const jobs = [...data.map((url) => ({ url, cache: dataCache })), ...pages.map((url) => ({ url, cache: pageCache }))];
  const total = jobs.length;
  let done = 0;
  onProgress(done, total);
  const next = async (): Promise<void> => {
    const job = jobs.shift();
    if (job === undefined) return;
    const response = await fetch(job.url, { cache: "no-cache" });
    if (!response.ok) throw new Error(`${job.url} 返回 HTTP ${response.status}`);
    await job.cache.put(job.url, response);
    onProgress(++done, total);
    return next();
  };
  await Promise.all(Array.from({ length: SAVE_CONCURRENCY }, next));
  void navigator.storage?.persist?.();
  const record: SavedIssue = {
    paperId,
    paperName: issue.paper.name,
    date: issue.date,
    dateApproximate: issue.dateApproximate,
    file: entry.file,
    files: done,
    savedAt: new Date().toISOString(),
  };
  store([record, ...(saved ?? load()).filter((s) => !(s.paperId === paperId && s.date === issue.date))]);
}

export async function removeSavedIssue(paperId: string, entry: IssueEntry, issue: Issue): Promise<void> {
  const { data, pages } = issueUrls(paperId, entry, issue);
  const [dataCache, pageCache] = await Promise.all([
    caches.open(OFFLINE_CACHES.issues),
    caches.open(OFFLINE_CACHES.pages),
  ]);
  await Promise.all([...data.map((url) => dataCache.delete(url)), ...pages.map((url) => pageCache.delete(url))]);
  store((saved ?? load()).filter((s) => !(s.paperId === paperId && s.date === issue.date)));
}

/**
 * Puts issue files the reader opened before the service worker took over into its cache. Best
 * effort: a file that cannot be fetched now (the reader just went offline) is simply not kept.
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

import type { SearchOptions, SearchResult } from "@/search/search-types";
import type { WorkerRequest, WorkerResponse } from "@/search/worker-protocol";
import { bundleUrl } from "@/app/lib/fetch-bundle";

/**
 * The app's side of the search worker: one worker, opened on the index this build's manifest
 * names, created on first use (the first view never loads search code). Each search is a promise;
 * the worker answers by id.
 */
let worker: Worker | null = null;
let openedEntry: string | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SearchResult) => void; reject: (e: Error) => void }>();
let openError: string | null = null;

function ensureWorker(entryPath: string): Worker {
  if (worker !== null && openedEntry === entryPath) return worker;
  worker?.terminate();
  worker = new Worker(new URL("../../../../search/search-worker.ts", import.meta.url), {
    type: "module",
    name: "folio-search",
  });
  openedEntry = entryPath;
  openError = null;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === "opened") return;
    if (message.type === "error" && message.id === null) {
      openError = message.message;
      for (const [, p] of pending) p.reject(new Error(message.message));
      pending.clear();
      return;
    }
    const waiting = pending.get(message.id!);
    if (waiting === undefined) return;
    pending.delete(message.id!);
    if (message.type === "result") waiting.resolve(message.result);
    else waiting.reject(new Error(message.message));
  };
  const slash = entryPath.lastIndexOf("/");
  const folder = entryPath.slice(0, slash + 1);
  const request: WorkerRequest = {
    type: "open",
    baseUrl: new URL(bundleUrl(folder), window.location.href).href,
    entry: entryPath.slice(slash + 1),
  };
  worker.postMessage(request);
  return worker;
}

/**
 * Starts the worker and opens the index ahead of the first search (the search page does this as it
 * boots, so that the index loads while the app does, not after it).
 */
export function warmUpSearch(entryPath: string): void {
  ensureWorker(entryPath);
}

/** Searches the index at `entryPath` (relative to the data folder, from the manifest). */
export function searchIndex(entryPath: string, query: string, options: SearchOptions): Promise<SearchResult> {
  const target = ensureWorker(entryPath);
  if (openError !== null) return Promise.reject(new Error(openError));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: WorkerRequest = { type: "search", id, query, options };
    target.postMessage(request);
  });
}

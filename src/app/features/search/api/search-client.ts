import type { SearchOptions, SearchResult } from "@/search/search-types";
import type { WorkerRequest, WorkerResponse } from "@/search/worker-protocol";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { t } from "@/app/lib/i18n";
// The page's entry (boot.ts) starts this client beside the app on a search page with a query, so a
// worker's failure can be put into words before the app's entry has installed the catalogue.
import "@/app/locales/zh";
import "@/app/locales/parts/search";

/**
 * The app's side of the search worker: one worker, opened on the index this build's manifest
 * names, created on first use (the first view never loads search code). Each search is a promise;
 * the worker answers by id.
 *
 * Every search settles. A worker whose script does not load (a stale chunk after a deployment: its
 * URL answers 404), that stops with an error, or that does not answer its `open` in time, fails
 * every search waiting on it, and every search after it at once, with a `SearchUnavailableError`,
 * until `retrySearch()` starts a new worker.
 */

/**
 * How long the worker may take to answer `open` (load its script, fetch the index's entry) before
 * it is taken for stuck. Both take a few seconds on a slow phone link; 20 s means something hangs.
 */
export const WORKER_OPEN_TIMEOUT_MS = 20_000;

export type SearchFailureReason = "load" | "timeout" | "crash" | "index";

export class SearchUnavailableError extends Error {
  override name = "SearchUnavailableError";
  constructor(
    message: string,
    readonly reason: SearchFailureReason,
    /**
     * The same worker failed before (the retry failed too): its URL is fixed in this build's code,
     * so only a full page load, which gets the current deployment's HTML and chunks, can help.
     */
    readonly offerReload: boolean,
  ) {
    super(message);
  }
}

interface Pending {
  resolve: (r: SearchResult) => void;
  reject: (e: Error) => void;
}

interface Connection {
  worker: Worker;
  entry: string;
  opened: boolean;
  timer: ReturnType<typeof setTimeout>;
  pending: Map<number, Pending>;
}

let connection: Connection | null = null;
let failure: SearchUnavailableError | null = null;
/** Workers that failed in this page (all of them load the one script URL this build names). */
let failures = 0;
let nextId = 1;

function fail(conn: Connection, reason: SearchFailureReason, message: string): void {
  if (connection !== conn || failure !== null) return;
  clearTimeout(conn.timer);
  conn.worker.terminate();
  failures += 1;
  failure = new SearchUnavailableError(message, reason, failures >= 2);
  for (const waiting of conn.pending.values()) waiting.reject(failure);
  conn.pending.clear();
}

function createWorker(): Worker {
  return new Worker(new URL("../../../../search/search-worker.ts", import.meta.url), {
    type: "module",
    name: "folio-search",
  });
}

function connect(entryPath: string): Connection {
  const conn: Connection = {
    worker: createWorker(),
    entry: entryPath,
    opened: false,
    pending: new Map(),
    timer: setTimeout(
      () => fail(conn, "timeout", t("search.timeout", { seconds: WORKER_OPEN_TIMEOUT_MS / 1000 })),
      WORKER_OPEN_TIMEOUT_MS,
    ),
  };
  conn.worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === "opened") {
      conn.opened = true;
      clearTimeout(conn.timer);
      return;
    }
    if (message.type === "error" && message.id === null) {
      conn.opened = true;
      fail(conn, "index", t("search.indexFailed", { message: message.message }));
      return;
    }
    if (message.id === null) return;
    const waiting = conn.pending.get(message.id);
    if (waiting === undefined) return;
    conn.pending.delete(message.id);
    if (message.type === "result") waiting.resolve(message.result);
    else waiting.reject(new Error(message.message));
  });
  // A module script that cannot be fetched or evaluated fires a plain `error` event; an uncaught
  // error inside a running worker fires an `ErrorEvent` with its message.
  conn.worker.addEventListener("error", (event: Event) => {
    const text = "message" in event && typeof event.message === "string" ? event.message : "";
    const detail = text === "" ? "" : t("common.parenthesis", { text });
    fail(
      conn,
      conn.opened ? "crash" : "load",
      conn.opened ? t("search.crashed", { detail }) : t("search.notLoaded", { detail }),
    );
  });
  conn.worker.addEventListener("messageerror", () => fail(conn, "crash", t("search.unreadable")));
  const slash = entryPath.lastIndexOf("/");
  const folder = entryPath.slice(0, slash + 1);
  const request: WorkerRequest = {
    type: "open",
    baseUrl: new URL(bundleUrl(folder), window.location.href).href,
    entry: entryPath.slice(slash + 1),
  };
  conn.worker.postMessage(request);
  return conn;
}

/** The worker for `entryPath`, or the failure that stands until `retrySearch()`. */
function ensureWorker(entryPath: string): Connection | SearchUnavailableError {
  if (connection !== null && connection.entry === entryPath) return failure ?? connection;
  if (connection !== null) {
    // Another index (a manifest of another deployment): its searches will not be answered now.
    clearTimeout(connection.timer);
    connection.worker.terminate();
    const superseded = new Error("搜索已改用新的索引");
    for (const waiting of connection.pending.values()) waiting.reject(superseded);
  }
  failure = null;
  connection = connect(entryPath);
  return connection;
}

/**
 * Starts the worker and opens the index ahead of the first search (the search page does this as it
 * boots, so that the index loads while the app does, not after it).
 */
export function warmUpSearch(entryPath: string): void {
  ensureWorker(entryPath);
}

/** Forgets a failed worker: the next search starts a new one. Nothing to do when none failed. */
export function retrySearch(): void {
  if (failure === null) return;
  failure = null;
  connection = null;
}

/** Searches the index at `entryPath` (relative to the data folder, from the manifest). */
export function searchIndex(entryPath: string, query: string, options: SearchOptions): Promise<SearchResult> {
  const target = ensureWorker(entryPath);
  if (target instanceof SearchUnavailableError) return Promise.reject(target);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    target.pending.set(id, { resolve, reject });
    const request: WorkerRequest = { type: "search", id, query, options };
    target.worker.postMessage(request);
  });
}

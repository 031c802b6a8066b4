import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { IssueFile } from "@/bundle/schema";
import { pageTextQueryOptions } from "@/app/api/bundle-queries";

/**
 * An issue the reader opened stays readable offline at every page, as when it was one file: a view
 * fetches the issue file and the text of the page it shows only (its first load stays small), and
 * once it is shown, the other pages' text files are fetched in idle time, through the service
 * worker, which keeps every issue file it fetches. Only while a worker controls the page (without
 * one nothing would be kept: the files opened before it took over are kept when it does, see
 * `openedFiles`), and not when the reader asked the browser to save data.
 */
export function useKeepIssuePages(issue: IssueFile): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!keepsFiles() || savesData()) return;
    const fetchPages = () => {
      for (const page of issue.pages)
        if (page.text !== undefined) void queryClient.prefetchQuery(pageTextQueryOptions(page));
    };
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(fetchPages, { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(fetchPages, IDLE_TIMEOUT_MS);
    return () => clearTimeout(id);
  }, [issue, queryClient]);
}

/** How long the other pages wait for an idle moment at most (and without `requestIdleCallback`, Safari's case). */
const IDLE_TIMEOUT_MS = 2_000;

function keepsFiles(): boolean {
  return typeof navigator !== "undefined" && (navigator.serviceWorker?.controller ?? null) !== null;
}

function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

import { useCallback, useEffect, useRef, useState } from "react";
import type { SearchResult } from "@/search/search-types";
import { drawnResultsFor, earlySearchFor, searchKey } from "./early-search";
import { retrySearch, searchIndex, SearchUnavailableError } from "./search-client";
import type { SearchState } from "./search-params";

export type SearchStatus =
  | { kind: "idle" }
  | { kind: "searching"; previous: SearchResult | null }
  | { kind: "done"; result: SearchResult }
  | {
      kind: "failed";
      message: string;
      /** The worker itself failed (not loaded, stuck, stopped): no search works until a retry. */
      unavailable: boolean;
      /** A retry failed the same way: a page load is what can help now. */
      offerReload: boolean;
      /** Searches again; after a failed worker, with a new one. */
      retry: () => void;
    };

type Failure = { message: string; unavailable: boolean; offerReload: boolean };
type Answer = { key: string; result: SearchResult } | { key: string; failure: Failure };

function failureOf(error: unknown): Failure {
  if (error instanceof SearchUnavailableError)
    return { message: error.message, unavailable: true, offerReload: error.offerReload };
  return { message: error instanceof Error ? error.message : String(error), unavailable: false, offerReload: false };
}

/**
 * Runs a search in the worker whenever the query, filters, sort or limit change; keeps the latest
 * search only (an older answer arriving late is dropped). The page stays responsive: all the work
 * happens in the worker. "Searching" is derived: the last answer is for another search. Every
 * search settles: a failed worker is a `failed` status with a retry, never endless searching.
 */
export function useSearch(entry: string | null, state: SearchState | null, limit: number): SearchStatus {
  const [attempt, setAttempt] = useState(0);
  const request = entry === null || state === null ? null : searchKey(entry, state, limit);
  const key = request === null ? null : JSON.stringify([request, attempt]);
  // The results the page's entry drew before the app loaded (early-search.ts): the app starts with
  // them, so that it hydrates what is drawn.
  const [answer, setAnswer] = useState<Answer | null>(() => {
    const drawn = request === null || key === null ? null : drawnResultsFor(request);
    return drawn === null || key === null ? null : { key, result: drawn };
  });
  const latest = useRef(0);
  useEffect(() => {
    if (entry === null || state === null || request === null || key === null) return;
    const id = ++latest.current;
    // The page's first search was asked by its entry already: its answer, not a second search.
    const early = attempt === 0 ? earlySearchFor(request) : null;
    (early ?? searchIndex(entry, state.q, { filters: state.filters, sort: state.sort, limit })).then(
      (result) => {
        if (id !== latest.current) return;
        setAnswer((shown) =>
          shown !== null && shown.key === key && "result" in shown && shown.result === result ? shown : { key, result },
        );
      },
      (error: unknown) => {
        if (id === latest.current) setAnswer({ key, failure: failureOf(error) });
      },
    );
    // `key` stands for entry, state, limit and attempt, compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const retry = useCallback(() => {
    retrySearch();
    setAttempt((n) => n + 1);
  }, []);
  if (key === null) return { kind: "idle" };
  if (answer === null || answer.key !== key) {
    return { kind: "searching", previous: answer !== null && "result" in answer ? answer.result : null };
  }
  return "result" in answer ? { kind: "done", result: answer.result } : { kind: "failed", ...answer.failure, retry };
}

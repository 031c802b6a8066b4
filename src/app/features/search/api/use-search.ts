import { useEffect, useRef, useState } from "react";
import type { SearchResult } from "@/search/search-types";
import { searchIndex } from "./search-client";
import type { SearchState } from "./search-params";

export type SearchStatus =
  | { kind: "idle" }
  | { kind: "searching"; previous: SearchResult | null }
  | { kind: "done"; result: SearchResult }
  | { kind: "failed"; message: string };

type Answer = { key: string; result: SearchResult } | { key: string; message: string };

/**
 * Runs a search in the worker whenever the query, filters, sort or limit change; keeps the latest
 * search only (an older answer arriving late is dropped). The page stays responsive: all the work
 * happens in the worker. "Searching" is derived: the last answer is for another search.
 */
export function useSearch(entry: string | null, state: SearchState | null, limit: number): SearchStatus {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const key = entry === null || state === null ? null : JSON.stringify([entry, state, limit]);
  useEffect(() => {
    if (entry === null || state === null || key === null) return;
    const id = ++latest.current;
    searchIndex(entry, state.q, { filters: state.filters, sort: state.sort, limit }).then(
      (result) => {
        if (id === latest.current) setAnswer({ key, result });
      },
      (error: unknown) => {
        if (id === latest.current) setAnswer({ key, message: error instanceof Error ? error.message : String(error) });
      },
    );
    // `key` stands for entry, state and limit, compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return { kind: "idle" };
  if (answer === null || answer.key !== key) {
    return { kind: "searching", previous: answer !== null && "result" in answer ? answer.result : null };
  }
  return "result" in answer ? { kind: "done", result: answer.result } : { kind: "failed", message: answer.message };
}

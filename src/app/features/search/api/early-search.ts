import { DEFAULT_LIMIT, type SearchResult } from "@/search/search-types";
import { searchIndex } from "./search-client";
import { readSearchParams, type SearchState } from "./search-params";

/**
 * The search page's first search, started by the page's entry (boot.ts) beside the app's code, not
 * after it, and handed over to the app: its results may be drawn before the app has loaded
 * (`early-results.ts`); the app then adopts them as they are drawn (`claimEarlySearch`) and takes
 * the same answer instead of asking the worker again (`earlySearchFor`).
 *
 * Once the app has claimed the page, nothing is drawn early any more: from then on the page's DOM
 * is React's.
 */
interface EarlySearch {
  key: string;
  state: SearchState;
  answer: Promise<SearchResult>;
}

let early: EarlySearch | null = null;
let drawn: SearchResult | null = null;
let claimed = false;

/** What tells searches apart: the index, the URL's search and how many results. */
export function searchKey(entry: string, state: SearchState, limit: number): string {
  return JSON.stringify([entry, state, limit]);
}

/** Starts the search the page's URL asks for (none without a query): the app's first search, as it would ask it. */
export function startEarlySearch(entry: string, params: URLSearchParams): EarlySearch | null {
  const state = readSearchParams(params);
  if (state.q.trim() === "") return null;
  const answer = searchIndex(entry, state.q, { filters: state.filters, sort: state.sort, limit: DEFAULT_LIMIT });
  // A failure is the app's to show, with its retry (it takes this answer): not an unhandled rejection.
  answer.catch(() => undefined);
  early = { key: searchKey(entry, state, DEFAULT_LIMIT), state, answer };
  return early;
}

/**
 * Asks to draw the early search's results into the page: true (and remembered for the app) while
 * the app has not yet claimed the page, false after.
 */
export function mayDraw(result: SearchResult): boolean {
  if (claimed) return false;
  drawn = result;
  return true;
}

/**
 * The app takes the page over (the search page's first render; the same answer every time): the
 * search whose results were drawn early and those results, or null when none were drawn. Nothing
 * is drawn early after this call.
 */
export function claimEarlySearch(): { state: SearchState; result: SearchResult } | null {
  claimed = true;
  return early !== null && drawn !== null ? { state: early.state, result: drawn } : null;
}

/** The early search's answer when it is this search (by value), or null. */
export function earlySearchFor(key: string): Promise<SearchResult> | null {
  return early !== null && early.key === key ? early.answer : null;
}

/** The drawn results when they are this search's, or null. */
export function drawnResultsFor(key: string): SearchResult | null {
  return early !== null && early.key === key ? drawn : null;
}

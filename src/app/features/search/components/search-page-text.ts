import type { SearchResult } from "@/search/search-types";
import { t } from "@/app/lib/i18n";
import "@/app/locales/parts/search";

/**
 * The parts of the search page that the page's early drawer (`early-results.ts`) draws as the app
 * (`SearchRoute`) does: the heading, the summary of an answer, the results' list and the button for
 * more. One description for both, so that the app hydrates exactly what was drawn.
 */

/** The page's heading: 搜索, or the query's results. */
export function searchHeading(q: string): string {
  return q === "" ? t("search.title") : t("search.resultsFor", { q });
}

/** The status line under the form for an answer to the query `q` (trimmed). */
export function resultSummary(result: SearchResult, q: string): string {
  if (result.words.length === 0) return t("search.punctuationOnly");
  if (result.total === 0) return t("search.none", { q });
  return t(result.totalExact ? "search.found" : "search.foundAtLeast", { count: result.total });
}

/** The answer has more results than it shows: the page offers the next ones. */
export function hasMoreResults(result: SearchResult): boolean {
  return result.hits.length < result.total || result.truncated;
}

/** The results' list. */
export const RESULTS_LIST = { className: "mt-4 divide-y divide-rule", label: () => t("search.results") };

/** The button that asks for more results. */
export const MORE_BUTTON = { className: "control-button mt-4", label: () => t("search.more") };

/** The attribute of the search page's element (its value: the papers' names and inferred dates, `SearchContext`). */
export const SEARCH_PAGE_ATTRIBUTE = "data-search-page";

/** What the page knows from its manifest that a result needs: the papers' names, the issues whose date is inferred. */
export interface SearchContext {
  papers: { id: string; name: string }[];
  /** `<paper>/<date>`. */
  approximate: string[];
}

/** A paper's name for a result (its id when the manifest has no such paper). */
export function paperName(context: SearchContext, id: string): string {
  return context.papers.find((p) => p.id === id)?.name ?? id;
}

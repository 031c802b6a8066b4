import { useState } from "react";
import { useLoaderData, useSearchParams } from "react-router";
import { readSearchParams, writeSearchParams } from "@/app/features/search/api/search-params";
import { useSearch } from "@/app/features/search/api/use-search";
import { SearchFailureActions, searchFailureSummary } from "@/app/features/search/components/SearchFailure";
import { SearchFiltersForm } from "@/app/features/search/components/SearchFiltersForm";
import { SearchHitItem } from "@/app/features/search/components/SearchHitItem";
import { searchHitParts } from "@/app/features/search/components/search-hit-parts";
import {
  hasMoreResults,
  MORE_BUTTON,
  RESULTS_LIST,
  resultSummary,
  SEARCH_PAGE_ATTRIBUTE,
  searchHeading,
  type SearchContext,
} from "@/app/features/search/components/search-page-text";
import { claimEarlySearch } from "@/app/features/search/api/early-search";
import { useT } from "@/app/lib/i18n";
import { useIsClient } from "@/app/lib/use-is-client";
import "@/app/locales/parts/search";
import { DEFAULT_LIMIT } from "@/search/search-types";
import type { searchLoader } from "./search-loader";
import type { LoaderData } from "@/app/lib/loader-data";

/** The state of a page with nothing in its URL: what the prerendered page shows. */
const NO_QUERY = readSearchParams(new URLSearchParams());

/**
 * 搜索: results for the query in the URL (`?q=`), filtered and sorted as the URL says, so a
 * search can be shared and reloaded. The header's search box types into this page's URL.
 */
export function SearchRoute() {
  const t = useT();
  const { entry, papers, approximate } = useLoaderData<LoaderData<typeof searchLoader>>();
  const [params, setParams] = useSearchParams();
  const isClient = useIsClient();
  // The results the page's entry drew before the app loaded, if it did: hydrated as drawn (the
  // URL's search, which the prerendered page does not know, is then known while hydrating).
  const [early] = useState(claimEarlySearch);
  const state = isClient ? readSearchParams(params) : (early?.state ?? null);
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  const status = useSearch(entry, state !== null && state.q.trim() !== "" ? state : null, limit);
  const q = state?.q.trim() ?? "";
  const context: SearchContext = { papers, approximate };
  const result = status.kind === "done" ? status.result : status.kind === "searching" ? status.previous : null;
  const summary =
    q === ""
      ? t("search.intro")
      : status.kind === "failed"
        ? searchFailureSummary(status)
        : result === null
          ? t("search.searching")
          : resultSummary(result, q);
  // The form as prerendered while hydrating (the URL's filters are the browser's).
  const form = isClient ? state : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-6" {...{ [SEARCH_PAGE_ATTRIBUTE]: JSON.stringify(context) }}>
      <h1 className="headline text-3xl">{searchHeading(q)}</h1>
      {/* In the prerendered page too (with no filters: the URL's are the browser's), so the form is
          there at first paint and nothing moves when the app takes over. */}
      <div className="mt-4">
        <SearchFiltersForm
          filters={(form ?? NO_QUERY).filters}
          sort={(form ?? NO_QUERY).sort}
          papers={papers}
          onChange={(filters, sort) =>
            setParams(writeSearchParams({ q: state?.q ?? "", filters, sort }), { replace: true })
          }
        />
      </div>
      <p role="status" className="mt-4 text-sm text-muted">
        {summary}
      </p>
      {status.kind === "failed" && <SearchFailureActions status={status} />}
      {result !== null && result.words.length > 0 && result.total === 0 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          <li>{t("search.tipWords")}</li>
          <li>{t("search.tipFewer")}</li>
          {state !== null && Object.keys(state.filters).length > 0 && <li>{t("search.tipFilters")}</li>}
        </ul>
      )}
      {result !== null && result.hits.length > 0 && (
        <ol className={RESULTS_LIST.className} aria-label={RESULTS_LIST.label()}>
          {result.hits.map((hit) => (
            <SearchHitItem key={hit.key} parts={searchHitParts(hit, q, context)} />
          ))}
        </ol>
      )}
      {result !== null && hasMoreResults(result) && (
        <button type="button" className={MORE_BUTTON.className} onClick={() => setLimit((n) => n + DEFAULT_LIMIT)}>
          {MORE_BUTTON.label()}
        </button>
      )}
    </div>
  );
}

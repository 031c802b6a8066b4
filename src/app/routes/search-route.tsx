import { useState } from "react";
import { useLoaderData, useSearchParams } from "react-router";
import { readSearchParams, writeSearchParams } from "@/app/features/search/api/search-params";
import { useSearch } from "@/app/features/search/api/use-search";
import { SearchFailureActions, searchFailureSummary } from "@/app/features/search/components/SearchFailure";
import { SearchFiltersForm } from "@/app/features/search/components/SearchFiltersForm";
import { SearchHitItem } from "@/app/features/search/components/SearchHitItem";
import { useIsClient } from "@/app/lib/use-is-client";
import { DEFAULT_LIMIT } from "@/search/search-types";
import type { searchLoader } from "./search-loader";
import type { LoaderData } from "@/app/lib/loader-data";

/**
 * 搜索: results for the query in the URL (`?q=`), filtered and sorted as the URL says, so a
 * search can be shared and reloaded. The header's search box types into this page's URL.
 */
export function SearchRoute() {
  const { entry, papers, approximate } = useLoaderData<LoaderData<typeof searchLoader>>();
  const [params, setParams] = useSearchParams();
  const isClient = useIsClient();
  const state = isClient ? readSearchParams(params) : null;
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  const status = useSearch(entry, state !== null && state.q.trim() !== "" ? state : null, limit);
  const q = state?.q.trim() ?? "";
  const paperName = (id: string) => papers.find((p) => p.id === id)?.name ?? id;
  const result = status.kind === "done" ? status.result : status.kind === "searching" ? status.previous : null;
  const summary =
    q === ""
      ? "在上方搜索框输入字词，搜索全部报纸的标题、正文、图片说明、作者和人物。"
      : status.kind === "failed"
        ? searchFailureSummary(status)
        : result === null
          ? "正在搜索…"
          : result.words.length === 0
            ? "请输入要搜索的字词（只有标点符号无法搜索）。"
            : result.total === 0
              ? `没有找到包含“${q}”的文章。`
              : `找到 ${result.totalExact ? "" : "至少 "}${result.total} 篇文章`;
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="headline text-3xl">{q === "" ? "搜索" : `“${q}”的搜索结果`}</h1>
      {state !== null && (
        <div className="mt-4">
          <SearchFiltersForm
            filters={state.filters}
            sort={state.sort}
            papers={papers}
            onChange={(filters, sort) => setParams(writeSearchParams({ q: state.q, filters, sort }), { replace: true })}
          />
        </div>
      )}
      <p role="status" className="mt-4 text-sm text-muted">
        {summary}
      </p>
      {status.kind === "failed" && <SearchFailureActions status={status} />}
      {result !== null && result.words.length > 0 && result.total === 0 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          <li>检查字词是否有误，或换一个说法；繁体、全角字符会自动当作简体、半角查找。</li>
          <li>少用几个词：多个词（以空格分开）必须同时出现。</li>
          {state !== null && Object.keys(state.filters).length > 0 && <li>放宽或清除上面的筛选条件。</li>}
        </ul>
      )}
      {result !== null && result.hits.length > 0 && (
        <ol className="mt-4 divide-y divide-rule" aria-label="搜索结果">
          {result.hits.map((hit) => (
            <SearchHitItem
              key={hit.key}
              hit={hit}
              query={q}
              paperName={paperName(hit.paper)}
              dateApproximate={approximate.includes(`${hit.paper}/${hit.date}`)}
            />
          ))}
        </ol>
      )}
      {result !== null && (result.hits.length < result.total || result.truncated) && (
        <button type="button" className="control-button mt-4" onClick={() => setLimit((n) => n + DEFAULT_LIMIT)}>
          显示更多结果
        </button>
      )}
    </div>
  );
}

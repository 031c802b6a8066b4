import type { SearchStatus } from "../api/use-search";

type Failed = Extract<SearchStatus, { kind: "failed" }>;

/** The search page's status line for a failed search: what happened, in a sentence. */
export function searchFailureSummary(status: Failed): string {
  return status.unavailable ? `搜索暂时无法使用：${status.message}。` : `搜索出错：${status.message}`;
}

/**
 * What the reader can do about a failed search: 重试 (a new worker); when a retry failed the same
 * way, reload the page, which loads the site's current version (a deployment since this page was
 * loaded is the usual cause).
 */
export function SearchFailureActions({ status }: { status: Failed }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {status.offerReload && <p className="w-full">再试一次仍然失败。重新载入页面可以取得网站的最新版本。</p>}
      <button type="button" className="control-button" onClick={status.retry}>
        重试
      </button>
      {status.offerReload && (
        <button type="button" className="control-button" onClick={() => window.location.reload()}>
          重新载入页面
        </button>
      )}
    </div>
  );
}

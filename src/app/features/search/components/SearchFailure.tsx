import { t, useT } from "@/app/lib/i18n";
import "@/app/locales/parts/search";
import type { SearchStatus } from "../api/use-search";

type Failed = Extract<SearchStatus, { kind: "failed" }>;

/** The search page's status line for a failed search: what happened, in a sentence. */
export function searchFailureSummary(status: Failed): string {
  return status.unavailable
    ? t("search.unavailable", { message: status.message })
    : t("search.error", { message: status.message });
}

/**
 * What the reader can do about a failed search: 重试 (a new worker); when a retry failed the same
 * way, reload the page, which loads the site's current version (a deployment since this page was
 * loaded is the usual cause).
 */
export function SearchFailureActions({ status }: { status: Failed }) {
  useT();
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {status.offerReload && <p className="w-full">{t("search.failedAgain")}</p>}
      <button type="button" className="control-button" onClick={status.retry}>
        {t("common.retry")}
      </button>
      {status.offerReload && (
        <button type="button" className="control-button" onClick={() => window.location.reload()}>
          {t("search.reload")}
        </button>
      )}
    </div>
  );
}

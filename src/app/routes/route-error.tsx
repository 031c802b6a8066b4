import { useEffect } from "react";
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from "react-router";
import { BundleError } from "@/bundle/restore";
import { BUNDLE_VERSION } from "@/bundle/schema";
import { OfflineNotice } from "@/app/features/offline/components/OfflineNotice";
import { paths } from "@/app/config/paths";
import { BundleFetchError } from "@/app/lib/fetch-bundle";
import { documentTitle } from "@/app/lib/head";
import { REBUILD_NEEDED_TEXT } from "@/app/lib/load-notice";
import { NOT_FOUND_TEXT, NOT_FOUND_TITLE, notFoundHead } from "./heads";
import { useHead } from "./route-head";

/**
 * What the reader sees when a route cannot show its page: not found (with a way back), a bundle
 * file that failed to load (which one, and a retry), or a bundle from a newer Folio (reload).
 * Never a blank screen.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFound detail={typeof error.data === "string" ? error.data : null} />;
  if (error instanceof BundleFetchError && error.status === null && !navigator.onLine) return <OfflineNotice />;
  if (error instanceof BundleError && error.kind === "newer-version") {
    return (
      <ErrorPanel title="阅读器需要更新">
        <p>
          这份数据由较新版本的 Folio 生成（数据格式第 {error.fileVersion} 版），当前阅读器只能读到第 {BUNDLE_VERSION}{" "}
          版。请刷新页面以载入新版阅读器。
        </p>
        <button type="button" className="control-button mt-4" onClick={() => window.location.reload()}>
          刷新页面
        </button>
      </ErrorPanel>
    );
  }
  if (error instanceof BundleError && error.kind === "rebuild-needed") {
    return (
      <ErrorPanel title="数据需要重新生成">
        <p>{REBUILD_NEEDED_TEXT}</p>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-surface p-3 text-xs">{error.message}</pre>
      </ErrorPanel>
    );
  }
  const detail =
    error instanceof BundleFetchError || error instanceof BundleError || error instanceof Error
      ? error.message
      : String(error);
  return (
    <ErrorPanel title="内容暂时无法载入">
      <p>载入这一页需要的数据时出错：</p>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-surface p-3 text-xs">{detail}</pre>
      <p className="mt-2 text-sm text-muted">请检查网络连接后重试。</p>
      <button
        type="button"
        className="control-button mt-4"
        disabled={revalidator.state === "loading"}
        onClick={() => void revalidator.revalidate()}
      >
        {revalidator.state === "loading" ? "正在重试…" : "重试"}
      </button>
    </ErrorPanel>
  );
}

/** The prerendered 404 page's head, also after a client-side navigation to an unknown address. */
const NOT_FOUND_HEAD = notFoundHead(404);

export function NotFound({ detail }: { detail: string | null }) {
  useHead(NOT_FOUND_HEAD);
  return (
    <ErrorPanel title={NOT_FOUND_TITLE}>
      <p>{detail ?? NOT_FOUND_TEXT}</p>
      <p className="mt-4">
        <Link to={paths.home.to()} className="control-button">
          回到今日报纸
        </Link>
      </p>
    </ErrorPanel>
  );
}

function ErrorPanel({ title, children }: { title: string; children: React.ReactNode }) {
  // An error view has no route data to build a head from: it names itself in the title only.
  useEffect(() => {
    document.title = documentTitle({ title });
  }, [title]);
  return (
    <div className="mx-auto max-w-xl px-4 py-16" role="alert" aria-live="assertive">
      <h1 className="headline text-2xl">{title}</h1>
      <div className="mt-4">{children}</div>
    </div>
  );
}

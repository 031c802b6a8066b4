import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from "react-router";
import { BundleError } from "@/bundle/restore";
import { BUNDLE_VERSION } from "@/bundle/schema";
import { OfflineNotice } from "@/app/features/offline/components/OfflineNotice";
import { paths } from "@/app/config/paths";
import { BundleFetchError } from "@/app/lib/fetch-bundle";
import { useDocumentTitle } from "@/app/lib/use-document-title";

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

export function NotFound({ detail }: { detail: string | null }) {
  return (
    <ErrorPanel title="找不到这个页面">
      <p>{detail ?? "这个地址没有对应的版面或文章。"}</p>
      <p className="mt-4">
        <Link to={paths.home.to()} className="control-button">
          回到今日报纸
        </Link>
      </p>
    </ErrorPanel>
  );
}

function ErrorPanel({ title, children }: { title: string; children: React.ReactNode }) {
  useDocumentTitle({ title });
  return (
    <div className="mx-auto max-w-xl px-4 py-16" role="alert" aria-live="assertive">
      <h1 className="headline text-2xl">{title}</h1>
      <div className="mt-4">{children}</div>
    </div>
  );
}

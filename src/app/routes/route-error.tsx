import { useEffect } from "react";
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from "react-router";
import { BundleError } from "@/bundle/restore";
import { BUNDLE_VERSION } from "@/bundle/schema";
import { OfflineNotice } from "@/app/features/offline/components/OfflineNotice";
import { paths } from "@/app/config/paths";
import { BundleFetchError } from "@/app/lib/fetch-bundle";
import { documentTitle } from "@/app/lib/head";
import { useT } from "@/app/lib/i18n";
import { notFoundText } from "@/app/lib/not-found";
import { notFoundHead } from "./heads";
import { useHead } from "./route-head";

/**
 * What the reader sees when a route cannot show its page: not found (with a way back), a bundle
 * file that failed to load (which one, and a retry), or a bundle from a newer Folio (reload).
 * Never a blank screen.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound detail={error.data} />;
  if (error instanceof BundleFetchError && error.status === null && !navigator.onLine) return <OfflineNotice />;
  if (error instanceof BundleError && error.kind === "newer-version") {
    return (
      <ErrorPanel title={t("error.updateTitle")}>
        <p>{t("error.updateText", { fileVersion: error.fileVersion ?? "?", version: BUNDLE_VERSION })}</p>
        <button type="button" className="control-button mt-4" onClick={() => window.location.reload()}>
          {t("common.refreshPage")}
        </button>
      </ErrorPanel>
    );
  }
  if (error instanceof BundleError && error.kind === "rebuild-needed") {
    return (
      <ErrorPanel title={t("error.rebuildTitle")}>
        <p>{t("notice.rebuild")}</p>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-surface p-3 text-xs">{error.message}</pre>
      </ErrorPanel>
    );
  }
  const detail =
    error instanceof BundleFetchError || error instanceof BundleError || error instanceof Error
      ? error.message
      : String(error);
  return (
    <ErrorPanel title={t("error.loadTitle")}>
      <p>{t("error.loadText")}</p>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-surface p-3 text-xs">{detail}</pre>
      <p className="mt-2 text-sm text-muted">{t("error.checkNetwork")}</p>
      <button
        type="button"
        className="control-button mt-4"
        disabled={revalidator.state === "loading"}
        onClick={() => void revalidator.revalidate()}
      >
        {revalidator.state === "loading" ? t("common.retrying") : t("common.retry")}
      </button>
    </ErrorPanel>
  );
}

/** The prerendered 404 page's head, also after a client-side navigation to an unknown address. */
let notFoundPage: ReturnType<typeof notFoundHead> | null = null;
const notFoundPageHead = () => (notFoundPage ??= notFoundHead(404));

export function NotFound({ detail }: { detail: unknown }) {
  const t = useT();
  useHead(notFoundPageHead());
  return (
    <ErrorPanel title={t("notFound.title")}>
      <p>{notFoundText(detail) ?? t("notFound.text")}</p>
      <p className="mt-4">
        <Link to={paths.home.to()} className="control-button">
          {t("error.home")}
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

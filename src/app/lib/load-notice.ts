import { isRouteErrorResponse } from "react-router";
import { BundleError } from "@/bundle/restore";
import { BundleFetchError } from "./fetch-bundle";
import { t } from "./i18n";

/**
 * When a prerendered page's data cannot be loaded (a corrupt or half-uploaded issue file, a
 * missing file, no network), its text is still on screen: the page keeps it and says, in a small
 * notice, that the rest of the page's functions are unavailable, with a retry. Plain DOM beside
 * the app's root, so the prerendered markup stays untouched for a hydration after the retry.
 */
export interface LoadNotice {
  /** Shows why loading failed (again); the button is enabled again. */
  failed(error: unknown): void;
  remove(): void;
}

/** Whether the load failed only because the address names nothing (the prerendered page is a 404). */
export function isNotFound(errors: Record<string, unknown>): boolean {
  return Object.values(errors).every((error) => isRouteErrorResponse(error) && error.status === 404);
}

/** What the reader is told of a load failure, in one line. */
export function describeLoadError(error: unknown): { text: string; reload: boolean } {
  if (error instanceof BundleError && error.kind === "newer-version") return { text: t("notice.newer"), reload: true };
  // A bundle too old to upgrade in the browser: the site's owner has to rebuild it; a reload will not help.
  if (error instanceof BundleError && error.kind === "rebuild-needed")
    return { text: t("notice.rebuild"), reload: false };
  if (
    error instanceof BundleFetchError &&
    error.status === null &&
    typeof navigator !== "undefined" &&
    !navigator.onLine
  )
    return { text: t("notice.offline"), reload: false };
  const detail = error instanceof Error ? error.message : String(error);
  return { text: t("notice.error", { detail }), reload: false };
}

export function showLoadNotice(error: unknown, retry: () => Promise<void>, doc: Document = document): LoadNotice {
  const box = doc.createElement("div");
  box.className = "load-notice no-print";
  box.setAttribute("role", "status");
  const message = doc.createElement("div");
  const headline = doc.createElement("p");
  headline.textContent = t("notice.headline");
  const detail = doc.createElement("p");
  detail.className = "load-notice-detail";
  message.append(headline, detail);
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "control-button";
  const close = doc.createElement("button");
  close.type = "button";
  close.className = "control-button";
  close.setAttribute("aria-label", t("notice.close"));
  close.textContent = "×";
  box.append(message, button, close);
  let reload = false;
  const failed = (cause: unknown) => {
    const described = describeLoadError(cause);
    reload = described.reload;
    detail.textContent = described.text;
    button.textContent = reload ? t("common.refreshPage") : t("common.retry");
    button.disabled = false;
  };
  button.addEventListener("click", () => {
    if (reload) {
      doc.defaultView?.location.reload();
      return;
    }
    button.disabled = true;
    button.textContent = t("common.retrying");
    void retry();
  });
  close.addEventListener("click", () => box.remove());
  failed(error);
  doc.body.append(box);
  return { failed, remove: () => box.remove() };
}

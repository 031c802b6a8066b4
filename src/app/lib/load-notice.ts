import { isRouteErrorResponse } from "react-router";
import { BundleError } from "@/bundle/restore";
import { BundleFetchError } from "./fetch-bundle";

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

/** A bundle too old to upgrade in the browser: the site's owner has to rebuild it; a reload will not help. */
export const REBUILD_NEEDED_TEXT =
  "这个网站的数据由旧版 Folio 生成（数据格式第 1 版），当前阅读器无法直接读取，需要网站管理者用 folio build 重新生成数据。";

/** What the reader is told of a load failure, in one line. */
export function describeLoadError(error: unknown): { text: string; reload: boolean } {
  if (error instanceof BundleError && error.kind === "newer-version")
    return { text: "这份数据来自较新版本的 Folio，请刷新页面以载入新版阅读器。", reload: true };
  if (error instanceof BundleError && error.kind === "rebuild-needed")
    return { text: REBUILD_NEEDED_TEXT, reload: false };
  if (
    error instanceof BundleFetchError &&
    error.status === null &&
    typeof navigator !== "undefined" &&
    !navigator.onLine
  )
    return { text: "现在处于离线状态，联网后可重试。", reload: false };
  const detail = error instanceof Error ? error.message : String(error);
  return { text: `载入页面数据时出错（${detail}）。`, reload: false };
}

export function showLoadNotice(error: unknown, retry: () => Promise<void>, doc: Document = document): LoadNotice {
  const box = doc.createElement("div");
  box.className = "load-notice no-print";
  box.setAttribute("role", "status");
  const message = doc.createElement("div");
  const headline = doc.createElement("p");
  headline.textContent = "页面功能暂时无法载入，正文可照常阅读。";
  const detail = doc.createElement("p");
  detail.className = "load-notice-detail";
  message.append(headline, detail);
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "control-button";
  const close = doc.createElement("button");
  close.type = "button";
  close.className = "control-button";
  close.setAttribute("aria-label", "关闭提示");
  close.textContent = "×";
  box.append(message, button, close);
  let reload = false;
  const failed = (cause: unknown) => {
    const described = describeLoadError(cause);
    reload = described.reload;
    detail.textContent = described.text;
    button.textContent = reload ? "刷新页面" : "重试";
    button.disabled = false;
  };
  button.addEventListener("click", () => {
    if (reload) {
      doc.defaultView?.location.reload();
      return;
    }
    button.disabled = true;
    button.textContent = "正在重试…";
    void retry();
  });
  close.addEventListener("click", () => box.remove());
  failed(error);
  doc.body.append(box);
  return { failed, remove: () => box.remove() };
}

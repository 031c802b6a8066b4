import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";
import { useTransient } from "@/app/lib/use-transient";
import { cleanSelection, passageUrl, quoteText } from "../api/quote";

/** What the toolbar needs to cite the article. */
export interface QuoteContext {
  headline: string;
  paperName: string;
  /** As the app shows it (`formatIssueDate`). */
  date: string;
  /** The article's absolute URL (read at the moment of use: the origin is the browser's). */
  url: () => string;
}

/** A passage the reader selected in the article body. */
export interface Passage {
  text: string;
  /** The paragraph (0-based) where the selection starts. */
  paragraph: number;
}

interface Shown extends Passage {
  top: number;
  left: number;
}

/**
 * A small toolbar under a selection in the article body (mouse, touch or keyboard selection):
 * 复制引文 (the quote with its source and the paragraph's link), 分享这段 (a link to the passage:
 * the paragraph's anchor and a text fragment; the share sheet where there is one, else copied),
 * and whatever `extra` adds. It follows the body in the tab order, so the keyboard reaches it;
 * Escape closes it. Shown on `pointerup` and on `selectionchange` while no pointer is down
 * (keyboard and touch-handle selections), so a mouse drag does not make it flicker.
 */
export function SelectionToolbar({
  body,
  paragraphIds,
  context,
  extra,
}: {
  body: React.RefObject<HTMLDivElement | null>;
  paragraphIds: readonly string[];
  context: QuoteContext;
  extra?: (passage: Passage) => React.ReactNode;
}) {
  const t = useT();
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, show] = useTransient("");
  const toolbar = useRef<HTMLDivElement>(null);
  const pointerDown = useRef(false);

  const update = useCallback(() => {
    const root = body.current;
    const selection = document.getSelection();
    if (root === null || selection === null) return;
    // A selection lost while the reader uses the toolbar keeps the toolbar.
    if (toolbar.current?.contains(document.activeElement) ?? false) return;
    if (selection.rangeCount === 0 || selection.isCollapsed) {
      setShown(null);
      return;
    }
    const range = selection.getRangeAt(0);
    const text = cleanSelection(range.toString());
    if (text === "" || !root.contains(range.startContainer) || !root.contains(range.endContainer)) {
      setShown(null);
      return;
    }
    const paragraph = paragraphOf(root, range);
    if (paragraph === null) {
      setShown(null);
      return;
    }
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const first = rects[0] ?? last;
    // Placed in the body's positioned wrapper (ArticleView).
    const box = (root.parentElement ?? root).getBoundingClientRect();
    setShown({ text, paragraph, top: last.bottom - box.top + 8, left: Math.max(0, first.left - box.left) });
  }, [body]);

  useEffect(() => {
    const down = () => (pointerDown.current = true);
    const up = () => {
      pointerDown.current = false;
      update();
    };
    const change = () => {
      if (!pointerDown.current) update();
    };
    document.addEventListener("pointerdown", down);
    document.addEventListener("pointerup", up);
    document.addEventListener("pointercancel", up);
    document.addEventListener("selectionchange", change);
    return () => {
      document.removeEventListener("pointerdown", down);
      document.removeEventListener("pointerup", up);
      document.removeEventListener("pointercancel", up);
      document.removeEventListener("selectionchange", change);
    };
  }, [update]);

  useEffect(() => {
    if (shown === null) return;
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setShown(null);
    };
    document.addEventListener("keydown", escape);
    return () => document.removeEventListener("keydown", escape);
  }, [shown]);

  if (shown === null) return null;
  const paragraphId = paragraphIds[shown.paragraph] ?? "";

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      show(done);
    } catch {
      show(t("selection.copyFailed"));
    }
  };
  const copyQuote = () =>
    void copy(quoteText(shown.text, { ...context, url: context.url(), paragraphId }), t("common.quoteCopied"));
  const sharePassage = async () => {
    const url = passageUrl(context.url(), paragraphId, shown.text);
    const data = { title: context.headline, text: `“${shown.text}”`, url };
    if (typeof navigator.share === "function" && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        show(t("common.shared"));
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    await copy(url, t("selection.linkCopied"));
  };

  return (
    <div
      ref={toolbar}
      role="toolbar"
      aria-label={t("selection.label")}
      className="selection-toolbar no-print"
      style={{ top: shown.top, left: `max(0px, min(${shown.left}px, 100% - 20.5rem))` }}
      // Pressing a button must not clear the selection it acts on.
      onPointerDown={(event) => event.preventDefault()}
      onMouseDown={(event) => event.preventDefault()}
    >
      <div className="flex flex-wrap gap-1">
        <button type="button" className="control-button" onClick={copyQuote}>
          {t("common.copyQuote")}
        </button>
        <button type="button" className="control-button" onClick={() => void sharePassage()}>
          {t("selection.share")}
        </button>
        {extra?.(shown)}
      </div>
      <p role="status" className="min-h-5 text-sm text-muted">
        {status}
      </p>
    </div>
  );
}

/** The paragraph (0-based, among the body's children) where a range starts. */
function paragraphOf(root: HTMLElement, range: Range): number | null {
  const start = range.startContainer;
  let element: Element | null = start instanceof Element ? start : start.parentElement;
  if (element === root) element = root.children[Math.min(range.startOffset, root.children.length - 1)] ?? null;
  while (element !== null && element.parentElement !== root) element = element.parentElement;
  if (element === null) return null;
  const index = Array.prototype.indexOf.call(root.children, element);
  return index === -1 ? null : index;
}

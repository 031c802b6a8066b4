import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import type { Article, DrawnImage, PdfPageFacts } from "@/bundle/schema";
import { ImagePlaceholder } from "@/app/components/ImagePlaceholder";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { largestImage } from "@/app/components/largest-image";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/printed-page";
import { chooseRendition, srcSet } from "../api/rendition";
import { regionBounds } from "../api/page-geometry";
import { scrollAfterZoom, stepZoom, ZOOM_STEPS } from "../api/zoom";
import { PageRegions } from "./PageRegions";

/** The image's width in the layout (`sizes`): the viewer's column (see `.printed-grid` in styles.css). */
const SIZES = "(min-width: 1152px) 740px, (min-width: 1024px) 64vw, calc(100vw - 2rem)";
/** A press that moves less than this (CSS px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

interface Drag {
  x: number;
  y: number;
  left: number;
  top: number;
  moved: boolean;
}

/**
 * The page image (版面图) with its articles as regions, and zoom: − / + / 适应 buttons and the
 * keys `+` `-` `0` in steps (`api/zoom.ts`); zoomed, the page pans in its frame by dragging (mouse)
 * or natively (touch), and a wider rendition of the ladder is drawn over the fitted one once it
 * has loaded (`chooseRendition`). A phone's own pinch-zoom is never blocked. The image is sized by
 * its width/height attributes, its placeholder shows first, and nothing waits for it.
 */
export function PageViewer({
  image,
  pdf,
  articles,
  articlePath,
  highlight,
  label,
  onActive,
  toolbar,
  children,
}: {
  image: DrawnImage;
  pdf: Pick<PdfPageFacts, "width" | "height">;
  articles: readonly Article[];
  articlePath: (seq: number) => string;
  highlight: number | null;
  /** What the image shows (`第1版版面图`). */
  label: string;
  onActive?: (seq: number | null) => void;
  /** What stands at the start of the zoom controls' row (the view toggle). */
  toolbar?: ReactNode;
  /** Shown between the controls and the page (a notice about the page). */
  children?: ReactNode;
}) {
  const t = useT();
  const [zoom, setZoom] = useState(1);
  const [wide, setWide] = useState<{ file: string; width: number; loaded: boolean } | null>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const pending = useRef<{ x: number; y: number; ax: number; ay: number; from: number } | null>(null);
  const drag = useRef<Drag | null>(null);
  const fit = image.sources.find((s) => s.width >= 960) ?? image.sources[image.sources.length - 1]!;

  const zoomTo = (next: number) => {
    const v = viewport.current;
    if (v === null || next === zoom) return;
    // Keep the middle of what is visible of the page where it is.
    const box = v.getBoundingClientRect();
    const visibleTop = Math.max(0, -box.top);
    const visibleBottom = Math.min(box.height, window.innerHeight - box.top);
    pending.current = {
      x: v.scrollLeft,
      y: v.scrollTop,
      ax: v.clientWidth / 2,
      ay: (visibleTop + Math.max(visibleTop, visibleBottom)) / 2,
      from: zoom,
    };
    setZoom(next);
    if (next === 1) setWide(null);
    else {
      const rendition = chooseRendition(image.sources, v.clientWidth * next * window.devicePixelRatio);
      setWide((w) =>
        w?.file === rendition.file ? w : { file: rendition.file, width: rendition.width, loaded: false },
      );
    }
  };

  useLayoutEffect(() => {
    const v = viewport.current;
    const p = pending.current;
    if (v === null || p === null) return;
    pending.current = null;
    v.scrollLeft = scrollAfterZoom(p.x, p.ax, v.clientWidth / 2, p.from, zoom);
    v.scrollTop = scrollAfterZoom(p.y, p.ay, v.clientHeight / 2, p.from, zoom);
    if (zoom > 1) v.scrollIntoView({ block: "nearest" });
  }, [zoom]);

  // A highlighted region (「在版面中查看」) is brought into view, in the zoomed frame too.
  useLayoutEffect(() => {
    const v = viewport.current;
    const article = articles.find((a) => a.seq === highlight);
    const bounds = article?.boxes === undefined ? null : regionBounds(article.boxes, pdf);
    if (v === null || bounds === null) return;
    const canvas = v.firstElementChild as HTMLElement;
    v.scrollLeft = bounds.left * canvas.offsetWidth - 16;
    v.scrollTop = bounds.top * canvas.offsetHeight - 16;
    v.querySelector(".page-region-highlight")?.scrollIntoView({ block: "nearest" });
  }, [highlight, articles, pdf]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "+" || event.key === "=") zoomTo(stepZoom(zoom, 1));
    else if (event.key === "-") zoomTo(stepZoom(zoom, -1));
    else if (event.key === "0") zoomTo(1);
    else return;
    event.preventDefault();
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const v = viewport.current;
    if (v === null || zoom === 1 || event.pointerType !== "mouse" || event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, left: v.scrollLeft, top: v.scrollTop, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const v = viewport.current;
    const d = drag.current;
    if (v === null || d === null || (event.buttons & 1) === 0) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    d.moved = true;
    v.scrollLeft = d.left - dx;
    v.scrollTop = d.top - dy;
  };
  const percent = Math.round(zoom * 100);
  return (
    <div className="page-viewer" onKeyDown={onKeyDown}>
      <div className="page-viewer-bar">
        {toolbar}
        <div className="page-zoom" role="group" aria-label={t("pageView.zoom")}>
          <button
            type="button"
            className="control-button"
            onClick={() => zoomTo(stepZoom(zoom, -1))}
            disabled={zoom === ZOOM_STEPS[0]}
            aria-label={t("pageView.zoomOut")}
            title={t("pageView.zoomOut")}
          >
            −
          </button>
          <output className="page-zoom-level" aria-live="polite">
            {percent}%
          </output>
          <button
            type="button"
            className="control-button"
            onClick={() => zoomTo(stepZoom(zoom, 1))}
            disabled={zoom === ZOOM_STEPS[ZOOM_STEPS.length - 1]}
            aria-label={t("pageView.zoomIn")}
            title={t("pageView.zoomIn")}
          >
            +
          </button>
          <button type="button" className="control-button" onClick={() => zoomTo(1)} disabled={zoom === 1}>
            {t("pageView.fit")}
          </button>
        </div>
      </div>
      {children}
      <div
        ref={viewport}
        className="page-viewport"
        data-zoomed={zoom > 1 ? "" : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onClickCapture={(event) => {
          if (drag.current?.moved) {
            event.preventDefault();
            event.stopPropagation();
          }
          drag.current = null;
        }}
      >
        <div className="page-canvas" style={zoom === 1 ? undefined : { width: `${zoom * 100}%` }}>
          <ImagePlaceholder src={image.placeholder} />
          <img
            className="page-image"
            src={bundleUrl(fit.file)}
            srcSet={srcSet(image.sources, bundleUrl)}
            sizes={SIZES}
            width={fit.width}
            height={fit.height}
            alt={label}
            // The page's largest paint: fetched before the app's code, which waits for it to be painted.
            {...largestImage}
            draggable={false}
          />
          {wide !== null && (
            <img
              className={wide.loaded ? "page-image-wide page-image-wide-loaded" : "page-image-wide"}
              src={bundleUrl(wide.file)}
              data-width={wide.width}
              alt=""
              aria-hidden="true"
              decoding="async"
              draggable={false}
              onLoad={() => setWide((w) => (w === null ? w : { ...w, loaded: true }))}
            />
          )}
          <PageRegions
            articles={articles}
            pdf={pdf}
            articlePath={articlePath}
            highlight={highlight}
            onActive={onActive}
          />
        </div>
      </div>
    </div>
  );
}

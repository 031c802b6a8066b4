/**
 * The image a prerendered page paints largest (its LCP: the printed page's image, a PDF article's
 * first photo) is the one marked `fetchpriority="high"` in its HTML, with an `elementtiming`
 * attribute (`components/largest-image.ts`). The boot starts the app's code only once that image
 * is on screen, so that on a slow link the image does not share the bandwidth with the app's
 * 150 kB (which it does not need), as the search page's first results do not (boot.ts). The text
 * is painted before either. This module is the boot's: the app's components do not import it.
 */

/**
 * How long at most the app waits for the image. On Lighthouse's slow phone (1.6 Mbit/s) a real
 * page's image at 960 px (about 210 kB) takes about 1.1 s; the app's code, fetched meanwhile,
 * would have taken as long again and slowed the image by as much. Meanwhile the prerendered page
 * works without the app (its regions and links open their articles).
 */
export const LARGEST_IMAGE_WAIT_MS = 3000;

/** What the boot needs of the browser (a test passes its own). */
export interface PaintWatch {
  /** Calls `seen` once an element-timing entry for `element` is reported; returns a stop, or null where element timing is not supported. */
  observeElement(element: Element, seen: () => void): (() => void) | null;
  /** The next frame callback. */
  frame(run: () => void): void;
  setTimer(run: () => void, ms: number): () => void;
}

/**
 * The marked image when the app should wait for it: shown and in the first screen, not failed, and
 * the page not hidden until the app has run (an English reader's page: `data-locale-pending`).
 * Hidden (the 本版标题 view of a printed page), scrolled out of view (a link to a paragraph) or
 * broken, it will not be painted: the app starts at once.
 */
export function imageToWaitFor(doc: Document, viewportHeight: number): HTMLImageElement | null {
  const img = doc.querySelector<HTMLImageElement>('#root img[fetchpriority="high"]');
  if (img === null || doc.documentElement.hasAttribute("data-locale-pending")) return null;
  if (img.complete && img.naturalWidth === 0) return null;
  if (typeof img.checkVisibility === "function" && !img.checkVisibility({ visibilityProperty: true })) return null;
  const box = img.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || box.top >= viewportHeight || box.bottom <= 0) return null;
  return img;
}

/**
 * Resolves once `img` has been painted: where the browser reports element timing (Chromium) and the
 * image asks for it (`elementtiming`), when its entry is reported, after the frame is on screen;
 * elsewhere once it is decoded and the next frame has run. Also when it fails to load, or after
 * `maxMs` at most.
 */
export function whenPainted(img: HTMLImageElement, watch: PaintWatch, maxMs = LARGEST_IMAGE_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const stops: (() => void)[] = [];
    const finish = () => {
      if (done) return;
      done = true;
      for (const stop of stops) stop();
      resolve();
    };
    stops.push(watch.setTimer(finish, maxMs));
    img.addEventListener("error", finish, { once: true });
    stops.push(() => img.removeEventListener("error", finish));
    const stopObserving = img.hasAttribute("elementtiming") ? watch.observeElement(img, finish) : null;
    if (stopObserving !== null) {
      stops.push(stopObserving);
      return;
    }
    img.decode().then(
      () => watch.frame(() => stops.push(watch.setTimer(finish, 0))),
      // Failed to load or decode: nothing to wait for.
      finish,
    );
  });
}

/** The browser's own `PaintWatch`. */
export const browserPaintWatch: PaintWatch = {
  observeElement(element, seen) {
    if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("element")) {
      return null;
    }
    const observer = new PerformanceObserver((list) => {
      if (
        list
          .getEntries()
          .some((entry) => (entry as PerformanceEntry & { element?: Element | null }).element === element)
      ) {
        seen();
      }
    });
    // Buffered: an image painted before the boot looked is reported too.
    observer.observe({ type: "element", buffered: true });
    return () => observer.disconnect();
  },
  frame: (run) => requestAnimationFrame(run),
  setTimer(run, ms) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

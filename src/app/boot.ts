import { DATA_META, MODULES_META, STYLESHEET_META } from "./config/boot";
import { browserPaintWatch, imageToWaitFor, whenPainted } from "./lib/largest-image";
import { nextTask } from "./lib/next-task";

const DATA_PATH = "/data/";
const SEARCH_DATA_PATH = "/data/search/";
import "./styles.css";

/**
 * The page's entry: every page is prerendered, so it is readable as soon as its HTML and CSS are
 * in. Nothing else is requested until the first frame is painted (and the page's largest image, if
 * it has one marked, after it: `afterLargestImage`): then the app's code and the data
 * the page's app needs are preloaded at once (both named by meta tags; the app's own imports and
 * fetches reuse them) and the app itself (React, the router) runs in steps and hydrates the page.
 * The search page names the search index instead: with a query to run, its worker starts now and
 * its first results are drawn before the app is loaded (which waits for them). A prerendered page
 * holds only the part of the style sheet its markup uses: the whole sheet is loaded first, and the
 * app hydrates once it is in (or failed), so that nothing the app draws later is without its style.
 */
async function start(): Promise<void> {
  const stylesheet = loadStylesheet(metaList(STYLESHEET_META)[0]);
  const files = metaList(DATA_META);
  const searchIndex = files.find((href) => href.includes(SEARCH_DATA_PATH));
  if (searchIndex !== undefined && new URLSearchParams(window.location.search).get("q")) {
    const entry = searchIndex.slice(searchIndex.indexOf(DATA_PATH) + DATA_PATH.length);
    // Its first results are drawn as soon as the worker has them, before the app: the app's code
    // waits for them (a while at most), so that on a slow link the worker and the index do not
    // share the bandwidth with the app's 150 kB, which the results do not need.
    const shown = import("./features/search/components/early-results").then(({ showEarlyResults }) =>
      showEarlyResults(entry, stylesheet),
    );
    await Promise.race([
      shown.catch(() => undefined),
      new Promise((done) => setTimeout(done, APP_WAITS_FOR_RESULTS_MS)),
    ]);
  }
  // The data first: the app's code is fetched by its imports below as well.
  void preloadInSteps([
    ...files.filter((f) => f !== searchIndex).map((href) => preload(href, "preload")),
    ...metaList(MODULES_META).map((href) => preload(href, "modulepreload")),
  ]);
  // The app's code is evaluated in steps, each in a task of its own, so that no step blocks the
  // page for long: React's DOM renderer, the router, the query library, the bundle schema, then the
  // app (which creates its router and hydrates in tasks of their own: main.tsx).
  await import("react-dom/client");
  await nextTask();
  await import("./boot-steps/router");
  await nextTask();
  await import("./boot-steps/query");
  await nextTask();
  await import("./boot-steps/schema");
  await nextTask();
  await stylesheet;
  await import("./main");
}

/**
 * How long at most the search page's app waits for the first results to be drawn before it loads
 * anyway (a worker that hangs fails only after 20 s: search-client.ts). A slow phone has them in
 * 1–2 s; meanwhile the prerendered page works without the app (its form submits, its links open).
 */
const APP_WAITS_FOR_RESULTS_MS = 3000;

/** The space-separated URLs of a meta tag of the page. */
function metaList(name: string): string[] {
  return (document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.split(" ") ?? []).filter(Boolean);
}

/**
 * How many preload links go into the head per task. Each one starts its fetch as it is inserted, about
 * 1 ms of main thread apiece on this machine under load (4 ms on Lighthouse's slow phone): the page's
 * 30-odd files at once made a long task of their own.
 */
const LINKS_PER_TASK = 4;

/** Inserts the links a few per task, in their order, yielding between. */
async function preloadInSteps(links: HTMLLinkElement[]): Promise<void> {
  for (let i = 0; i < links.length; i += LINKS_PER_TASK) {
    if (i > 0) await nextTask();
    document.head.append(...links.slice(i, i + LINKS_PER_TASK));
  }
}

/**
 * Inserts the whole style sheet (after the page's inline part, which it repeats in the same order:
 * no element's style changes when it applies); resolves when it has loaded or failed.
 */
function loadStylesheet(href: string | undefined): Promise<void> {
  if (href === undefined) return Promise.resolve();
  const link = document.createElement("link");
  link.rel = "stylesheet";
  const done = new Promise<void>((resolve) => {
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => resolve(), { once: true });
  });
  link.href = href;
  document.head.append(link);
  return done;
}

/** A link that fetches a file the app will ask for (a module, or data as `fetch` would request it) without running it. */
function preload(href: string, rel: "modulepreload" | "preload"): HTMLLinkElement {
  const link = document.createElement("link");
  link.rel = rel;
  if (rel === "preload") link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = href;
  return link;
}

/**
 * Starts the app once the page's first contentful paint has been presented (the browser reports it
 * after the frame is on screen; a frame callback alone fires before that), so that nothing the app
 * loads competes with the HTML and CSS for the first paint. Where paint timing is not reported, or
 * the page has nothing prerendered to paint (the offline shell), after the first frame. A page
 * opened in a background tab paints, and so starts, when shown.
 */
function afterFirstPaint(run: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    setTimeout(run, 0);
  };
  const prerendered = document.getElementById("root")?.hasChildNodes() ?? false;
  if (
    prerendered &&
    typeof PerformanceObserver !== "undefined" &&
    PerformanceObserver.supportedEntryTypes?.includes("paint")
  ) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      once();
    });
    observer.observe({ type: "paint", buffered: true });
    // A page with nothing contentful to paint reports no such entry: the frame after load will do.
    window.addEventListener("load", () => requestAnimationFrame(() => setTimeout(once, FCP_GRACE_MS)), { once: true });
  } else {
    requestAnimationFrame(once);
  }
}

/** How long after the load event's next frame the app starts anyway if no contentful paint was reported. */
const FCP_GRACE_MS = 500;

/**
 * Once the text is painted, the page's largest image (the printed page's image, a PDF article's
 * photo: lib/largest-image.ts) gets the network to itself until it is painted too, then the app
 * starts. Pages without one (text pages) start at once, as before.
 */
async function afterLargestImage(): Promise<void> {
  const image = imageToWaitFor(document, window.innerHeight);
  if (image !== null) await whenPainted(image, browserPaintWatch);
}

afterFirstPaint(() => void afterLargestImage().then(start));

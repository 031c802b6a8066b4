import { DATA_META } from "./config/boot";

const DATA_PATH = "/data/";
const SEARCH_DATA_PATH = "/data/search/";
import "./styles.css";

/**
 * The page's entry: every page is prerendered, so it is readable as soon as its HTML and CSS are
 * in. Nothing else is requested until the first frame is painted: then the data the page's app
 * needs is preloaded (named by a meta tag, so the app's own fetches reuse it) and the app itself
 * (React, the router) is imported, runs, and hydrates the page. The search page names the search
 * index instead: with a query to run, its worker starts now, beside the app, not after it.
 */
async function start(): Promise<void> {
  const files = (document.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`)?.content.split(" ") ?? []).filter(
    Boolean,
  );
  const searchIndex = files.find((href) => href.includes(SEARCH_DATA_PATH));
  if (searchIndex !== undefined && new URLSearchParams(window.location.search).get("q")) {
    const entry = searchIndex.slice(searchIndex.indexOf(DATA_PATH) + DATA_PATH.length);
    void import("./features/search/api/search-client").then(({ warmUpSearch }) => warmUpSearch(entry));
  }
  for (const href of files.filter((f) => f !== searchIndex)) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.append(link);
  }
  // The app's code is evaluated in steps, each in a task of its own, so that no step blocks the
  // page for long: React's DOM renderer, then the router, data and validation libraries, then the app.
  await import("react-dom/client");
  await nextTask();
  await import("./app-libraries");
  await nextTask();
  await import("./main");
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

requestAnimationFrame(() => setTimeout(() => void start(), 0));

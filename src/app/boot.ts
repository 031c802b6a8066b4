import { DATA_META } from "./config/boot";
import "./styles.css";

/**
 * The page's entry: every page is prerendered, so it is readable as soon as its HTML and CSS are
 * in. Nothing else is requested until the first frame is painted: then the data the page's app
 * needs is preloaded (named by a meta tag, so the app's own fetches reuse it) and the app itself
 * (React, the router) is imported, runs, and hydrates the page.
 */
async function start(): Promise<void> {
  const files = document.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`)?.content.split(" ") ?? [];
  for (const href of files.filter(Boolean)) {
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

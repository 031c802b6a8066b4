import "./locales/zh";
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { basePath } from "./config/paths";
import { isNotFound, showLoadNotice } from "./lib/load-notice";
import { nextTask } from "./lib/next-task";
import { AppProvider, createQueryClient } from "./provider";
import { createRoutes } from "./router";

/**
 * Client entry. Every route is prerendered, so the page is already readable; the router loads the
 * same data (the HTML preloads those files), then React hydrates the markup. If loading failed the
 * markup stays readable with a notice and a retry (see lib/load-notice.ts); only a page with
 * nothing prerendered, or a 404, is rendered anew. Evaluating the app's modules, creating the router
 * (which starts the loaders) and hydrating are tasks of their own.
 */
await nextTask();
const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient), { basename: basePath || "/" });

function whenInitialized(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) {
        unsubscribe();
        resolve();
      }
    });
  });
}

await whenInitialized();
await nextTask();
const container = document.getElementById("root")!;
const app = (
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>
);
// In a transition, hydration yields to the browser between components instead of blocking it.
const hydrate = () => startTransition(() => void hydrateRoot(container, app));
const errors = router.state.errors;
if (container.hasChildNodes() && errors === null) hydrate();
else if (container.hasChildNodes() && errors !== null && !isNotFound(errors)) {
  // The page's text is prerendered: never take it away for an error view. Keep it, say what
  // failed, and hydrate once a retry has loaded the data.
  const notice = showLoadNotice(Object.values(errors)[0], async () => {
    await router.revalidate();
    const again = router.state.errors;
    if (again === null) {
      notice.remove();
      hydrate();
    } else notice.failed(Object.values(again)[0]);
  });
} else {
  // Nothing to keep (the offline shell) or a page that is not there: the app renders it anew.
  container.replaceChildren();
  createRoot(container).render(app);
}

// Offline support comes after the page is interactive, in chunks of its own. Issue files the
// reader opened before the service worker took over are put into its cache then.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const { registerServiceWorker } = await import("./features/offline/api/register-service-worker");
  const { keepOpenedIssues, openedFiles } = await import("./features/offline/api/saved-issues");
  // Without a worker the app still works online; say why offline reading is unavailable.
  registerServiceWorker(() => void keepOpenedIssues(openedFiles(queryClient))).catch((error: unknown) =>
    console.warn("Folio: offline reading is unavailable:", error),
  );
}

import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { bundleKeys } from "./api/bundle-queries";
import { basePath } from "./config/paths";
import { AppProvider, createQueryClient } from "./provider";
import { createRoutes } from "./router";

/**
 * Client entry. Every route is prerendered, so the page is already readable; the router loads the
 * same data (the HTML preloads those files), then React hydrates the markup. If loading failed the
 * markup is replaced by the error view instead.
 */
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
const container = document.getElementById("root")!;
const app = (
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>
);
// In a transition, hydration yields to the browser between components instead of blocking it.
if (container.hasChildNodes() && router.state.errors === null) startTransition(() => void hydrateRoot(container, app));
else {
  container.replaceChildren();
  createRoot(container).render(app);
}

// Offline support comes after the page is interactive, in chunks of its own. Issue files the
// reader opened before the service worker took over are put into its cache then.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const { registerServiceWorker } = await import("./features/offline/api/register-service-worker");
  const { keepOpenedIssues } = await import("./features/offline/api/saved-issues");
  const openedFiles = () =>
    queryClient
      .getQueryCache()
      .findAll({ queryKey: bundleKeys.all })
      .map((query) => query.queryKey[2])
      .filter((file): file is string => typeof file === "string");
  // Without a worker the app still works online; say why offline reading is unavailable.
  registerServiceWorker(() => void keepOpenedIssues(openedFiles())).catch((error: unknown) =>
    console.warn("Folio: offline reading is unavailable:", error),
  );
}

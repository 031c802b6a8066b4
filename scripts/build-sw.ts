/**
 * Generates the service worker with workbox-build (no hand-written worker), after the prerender, so
 * that it can precache the app shell page. Precached: the app's code and styles, the shell, icons and
 * this deployment's manifest. At run time: pages are network-first (an offline visit gets the saved
 * page, or else the shell, which shows the offline view), issue files cache-first (content-hashed,
 * they never change), year files network-first (a fixed name: a new issue changes its year's file;
 * kept in the same cache, since an issue page offline needs its year's file for previous/next).
 * Page images (版面图, thumbnails, photo crops) are never precached — an archive has megabytes of
 * them per issue — but kept as they are viewed, cache-first (content-hashed), the least recently
 * used dropped beyond `PAGE_IMAGES_KEPT`.
 * A new deployment's worker waits until the reader accepts the reload the app offers.
 * Generated again only when something but the data manifest changed (`sw/service-worker.ts`): a
 * build that adds an issue fills the manifest's new revision into the worker kept from before.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFLINE_CACHES, SHELL_PAGE } from "../src/app/config/offline";
import { currentManifestFile } from "../src/ingest/bundle-pointer";
import { buildServiceWorker, type WorkerOptions } from "./sw/service-worker";
import { noteDistChanges } from "./journal/dist-changes";

const DIST = resolve("dist");
/** The worker generated with a placeholder for the data manifest's revision (`sw/service-worker.ts`). */
const TEMPLATES = resolve(".cache/build-sw");
const base = (process.env.FOLIO_BASE ?? "/").replace(/\/?$/u, "/");
/** The page images' runtime cache, and how many renditions it keeps (a few issues' pages read at one width). */
const PAGE_IMAGES_CACHE = "folio-page-images";
const PAGE_IMAGES_KEPT = 150;

const started = performance.now();
const manifestFile = `data/${currentManifestFile(join(DIST, "data"))}`;
const options: WorkerOptions = {
  globPatterns: ["assets/**/*.{js,css}", SHELL_PAGE, "favicon.svg", "*.png", "manifest.webmanifest", manifestFile],
  modifyURLPrefix: { "": base },
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: false,
  runtimeCaching: [
    {
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: "NetworkFirst",
      options: {
        cacheName: OFFLINE_CACHES.pages,
        networkTimeoutSeconds: 6,
        precacheFallback: { fallbackURL: `${base}${SHELL_PAGE}` },
      },
    },
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/issues\/.+\.json$/u.test(url.pathname),
      handler: "CacheFirst",
      options: { cacheName: OFFLINE_CACHES.issues },
    },
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/archive\/.+\.json$/u.test(url.pathname),
      handler: "NetworkFirst",
      options: { cacheName: OFFLINE_CACHES.issues, networkTimeoutSeconds: 6 },
    },
    {
      urlPattern: ({ url, sameOrigin }) =>
        sameOrigin && /\/data\/images\/.+\.(?:webp|avif|jpg|png)$/u.test(url.pathname),
      handler: "CacheFirst",
      options: {
        cacheName: PAGE_IMAGES_CACHE,
        expiration: { maxEntries: PAGE_IMAGES_KEPT, purgeOnQuotaError: true },
        cacheableResponse: { statuses: [200] },
      },
    },
  ],
};
const { sw, count, size, warnings, generated } = await buildServiceWorker({
  dist: DIST,
  manifestFile,
  options,
  configSource: await readFile(fileURLToPath(import.meta.url), "utf8"),
  cacheDir: TEMPLATES,
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
if ((await readFile(join(DIST, "sw.js"), "utf8").catch(() => null)) !== sw) {
  await mkdir(DIST, { recursive: true });
  await writeFile(join(DIST, "sw.js"), sw);
  await noteDistChanges(["sw.js"]);
}
console.log(
  `service worker: ${count} files precached (${(size / 1024).toFixed(1)} kB); ${generated ? "generated" : "kept template, manifest revision filled in"} (${Math.round(performance.now() - started)} ms)`,
);

/**
 * Prerenders every route of the built app into its own HTML file (`dist/<path>/index.html`), with
 * the page's text, title, description, canonical link, Open Graph tags and JSON-LD, plus
 * `dist/404.html`, so that any static host serves every shared link. Runs after `vite build` (client
 * into dist/) and `vite build --ssr` (the render entry into dist-ssr/).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { headTags } from "./prerender/head-tags";
import { readPrerenderBundle } from "./prerender/read-bundle";
import type * as EntryServer from "../src/app/entry-server";
import { SHELL_PAGE } from "../src/app/config/offline";
import { siteUrl } from "./site-url";
import { CARD_DIR, type PreviewCard } from "../src/app/lib/preview-image";
import { renderCard } from "./og/draw-card";
import { updateCards } from "./og/update-cards";

const DIST = resolve("dist");
const base = (process.env.FOLIO_BASE ?? "/").replace(/\/$/u, "");
const site = siteUrl();
/** Preview cards outlive `vite build`, which empties dist/: a rebuild draws only new ones. */
const CARD_CACHE = resolve(".cache/og-cards");

type RenderModule = typeof EntryServer;

async function main(): Promise<void> {
  const started = performance.now();
  const server = (await import(pathToFileURL(resolve("dist-ssr/entry-server.js")).href)) as RenderModule;
  const template = await readFile(join(DIST, "index.html"), "utf8");
  const bundle = await readPrerenderBundle(join(DIST, "data"));
  // The app shell: the app's head and nothing to hydrate; the service worker serves it offline.
  await writeFile(
    join(DIST, SHELL_PAGE),
    template
      .replace("<!--app-head-->", `<title>Folio</title>\n    <meta name="robots" content="noindex" />`)
      .replace("<!--app-html-->", ""),
  );
  // Every page of the route table, each with the head its route builds (the one the app applies too).
  let written = 0;
  const cards = new Map<string, PreviewCard>();
  for (const target of server.prerenderTargets(bundle)) {
    const result = await server.render(`${site}${base}${target.path}`, bundle);
    if (result.status !== target.status)
      throw new Error(`prerender ${target.path}: status ${result.status}, expected ${target.status}`);
    const html = template
      .replace("<!--app-head-->", headTags(result.head, { siteUrl: site, base }))
      .replace("<!--app-html-->", result.html);
    const file = join(DIST, target.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    written++;
    const image = result.head.image;
    if (image?.card !== undefined) cards.set(image.path.slice(CARD_DIR.length), image.card);
  }
  console.log(`prerendered ${written} pages in ${Math.round(performance.now() - started)} ms`);
  // The preview cards the pages' heads name (og:image), drawn once each and kept between builds.
  const cardsStarted = performance.now();
  const made = await updateCards({ cards, cacheDir: CARD_CACHE, outDir: join(DIST, CARD_DIR), render: renderCard });
  console.log(
    `preview cards: ${made.referenced} referenced (${(made.bytes / 1024).toFixed(1)} kB), ${made.rendered} drawn, ` +
      `${made.removed} removed, in ${Math.round(performance.now() - cardsStarted)} ms`,
  );
}

await main();

/**
 * Prerenders every route of the built app into its own HTML file (`dist/<path>/index.html`), with
 * the page's text, title, description, canonical link, Open Graph tags and JSON-LD, plus
 * `dist/404.html`, so that any static host serves every shared link. Runs after `vite build` (client
 * into dist/) and `vite build --ssr` (the render entry into dist-ssr/).
 *
 * Incremental: a page is rendered only when its inputs changed since the last prerender (the app's
 * code and template, the site's location, the data files its render read: `prerender/track-reads.ts`,
 * `prerender/incremental.ts`), written only when its bytes changed, and the pages of the last
 * prerender that the route table no longer lists are removed. Pages are checked a group at a time
 * (a day's issue, a bucket of person pages: `prerender/page-groups.ts`): a group whose inputs did
 * not change is kept without checking its pages. `--full` renders every page.
 */
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { headTags } from "./prerender/head-tags";
import { readPrerenderBundle } from "./prerender/read-bundle";
import { IssueOutlines, OUTLINES_FILE } from "./prerender/issue-outlines";
import { SHARD_MEMO_DIR, ShardMemo } from "./prerender/shard-memo";
import { filesKey, inputKey, outputIntact, TEMPLATE } from "./prerender/incremental";
import { LEGACY_STATE, PageStore, PRERENDER_STATE } from "./prerender/page-state";
import { GROUP_STATE, GroupIndex, grouping, updatePages } from "./prerender/page-groups";
import { paths } from "../src/app/config/paths";
import { prerenderFile } from "../src/app/routes/route-table";
import { trackReads } from "./prerender/track-reads";
import { withRouteModules, type ManifestChunk } from "./prerender/route-modules";
import { compileTemplateSheet, withCriticalCss } from "./prerender/critical-css";
import { withPolicy } from "./vite/inline-head";
import type * as EntryServer from "../src/app/entry-server";
import type { PrerenderBundle } from "../src/app/routes/route-table";
import { SHELL_PAGE } from "../src/app/config/offline";
import { siteUrl } from "./site-url";
import { CARD_DIR } from "../src/app/lib/preview-image";
import { renderCard } from "./og/draw-card";
import { updateCards } from "./og/update-cards";
import { noteDistChanges } from "./journal/dist-changes";

const DIST = resolve("dist");
/** Pages written or removed by this prerender (relative to `dist/`). */
const changed: string[] = [];
const SSR = resolve("dist-ssr");
const base = (process.env.FOLIO_BASE ?? "/").replace(/\/$/u, "");
const site = siteUrl();
/** Preview cards outlive `vite build`, which empties dist/: a rebuild draws only new ones. */
const CARD_CACHE = resolve(".cache/og-cards");
const full = process.argv.includes("--full");

type RenderModule = typeof EntryServer;

async function main(): Promise<void> {
  const started = performance.now();
  const server = (await import(pathToFileURL(join(SSR, "entry-server.js")).href)) as RenderModule;
  const template = await readFile(TEMPLATE, "utf8").catch(() => readFile(join(DIST, "index.html"), "utf8"));
  // The page text files are listed from the issues' outlines (below), not from a walk of data/issues.
  const bundle: PrerenderBundle = await readPrerenderBundle(join(DIST, "data"), {
    pageTextFiles: () => outlines.textFiles(bundle.issues.keys()),
  });
  // The pages are listed from the issues' outlines kept from the last build: only new issues are read for it.
  const outlines = await IssueOutlines.open(resolve(OUTLINES_FILE), bundle.issues);
  // The person pages likewise, from the names kept for each shard not rewritten since; their keys from kept digests.
  const shardMemo = await ShardMemo.open(resolve(SHARD_MEMO_DIR), join(DIST, "data"));
  const people = bundle.people === null ? null : { ...bundle.people, names: shardMemo.namesOf(bundle.people.shards) };

  // Where each route's code went (its chunks): a page preloads its own route's.
  const chunks = JSON.parse(await readFile(join(DIST, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const tracked = trackReads(bundle, shardMemo);
  // The template's style sheet, compiled once: each page inlines the part its markup uses.
  const sheet = compileTemplateSheet(template);
  // Everything a page is made from besides its data: the render code, the template, this script, the site.
  const appKey = inputKey([
    await filesKey([
      SSR,
      resolve("scripts/prerender.ts"),
      resolve("scripts/prerender"),
      resolve("scripts/vite/inline-head.ts"),
      join(DIST, ".vite/manifest.json"),
    ]),
    template,
    site,
    base,
  ]);
  // A person's page is checked with the other pages of its people shard (the names each holds are kept: `shard-memo.ts`).
  const personShards = new Map<string, string>();
  for (const file of people?.shards.keys() ?? [])
    for (const name of people!.names.get(file)) personShards.set(prerenderFile(paths.person.to(name)), file);
  const pageGroups = grouping(personShards);
  const store = await PageStore.open(PRERENDER_STATE, {
    legacy: LEGACY_STATE,
    fresh: full,
    shareOf: pageGroups.shareOf,
  });
  // The vite build whose dist/ the kept pages are in (a new one empties dist/: every page is checked).
  const stamp = String((await stat(join(DIST, ".vite/manifest.json"))).mtimeMs);
  const groups = await GroupIndex.open(resolve(GROUP_STATE), stamp, full);

  // The app shell: the app's head and nothing to hydrate; the service worker serves it offline.
  await writeChanged(
    join(DIST, SHELL_PAGE),
    template
      .replace("<!--app-head-->", `<title>Folio</title>\n    <meta name="robots" content="noindex" />`)
      .replace("<!--app-html-->", ""),
  );
  // Every page of the route table, each with the head its route builds (the one the app applies too),
  // checked a group at a time (`prerender/page-groups.ts`).
  const counts = await updatePages({
    targets: server.prerenderTargets({ ...bundle, outlines, people }),
    appKey,
    digest: (id) => tracked.digest(id),
    fileDigest: (file) => tracked.fileDigest(file),
    store,
    groups,
    grouping: pageGroups,
    intact: (file, record) => outputIntact(join(DIST, file), record),
    write: (file, html) => writeChanged(join(DIST, file), html),
    remove: async (file) => {
      await rm(join(DIST, file), { force: true });
      changed.push(file.replace(/^\//u, ""));
    },
    render: async (target) => {
      tracked.log.current = new Set();
      const result = await server.render(`${site}${base}${target.path}`, tracked.bundle);
      if (result.status !== target.status)
        throw new Error(`prerender ${target.path}: status ${result.status}, expected ${target.status}`);
      // The page's own critical CSS, then the policy that allows what the page holds inline (last).
      const html = withPolicy(
        withCriticalCss(
          withRouteModules(
            template
              .replace("<!--app-head-->", headTags(result.head, { siteUrl: site, base }))
              .replace("<!--app-html-->", result.html),
            result.modules,
            chunks,
            base,
          ),
          sheet,
        ),
      );
      const image = result.head.image;
      const card =
        image?.card === undefined ? undefined : { name: image.path.slice(CARD_DIR.length), card: image.card };
      return { html, deps: tracked.compact(tracked.log.current), ...(card && { card }) };
    },
  });
  // For the gzip copies (`journal/dist-changes.ts`): the pages written and removed.
  await noteDistChanges(changed);
  const stateFiles = (await store.save()) + (await groups.save());
  await outlines.save();
  await shardMemo.save();
  console.log(
    `prerendered ${counts.rendered} pages (${counts.written} written), ${counts.kept} unchanged, ${counts.removed} removed, ` +
      `in ${Math.round(performance.now() - started)} ms; groups: ${counts.groups.kept} unchanged (their pages not looked at), ` +
      `${counts.groups.checked} checked page by page, ${counts.groups.removed} removed; ` +
      `pages listed from ${outlines.stats.kept} kept issue outlines and ${outlines.stats.read} issues read, ` +
      `person pages from ${shardMemo.stats.kept} kept shard lists and ${shardMemo.stats.read} shards read; ` +
      `state: ${groups.stats.read} group files and ${store.stats.read} page files read, ${stateFiles} written`,
  );
  // The preview cards the pages' heads name (og:image), drawn once each and kept between builds.
  const cardsStarted = performance.now();
  const made = await updateCards({
    cards: counts.cards,
    cacheDir: CARD_CACHE,
    outDir: join(DIST, CARD_DIR),
    render: renderCard,
  });
  console.log(
    `preview cards: ${made.referenced} referenced, ${made.rendered} drawn (${(made.bytes / 1024).toFixed(1)} kB), ` +
      `${made.removed} removed, in ${Math.round(performance.now() - cardsStarted)} ms`,
  );
}

/** Writes the file unless it holds these bytes already; true when written. */
async function writeChanged(file: string, text: string): Promise<boolean> {
  const old = await readFile(file, "utf8").catch(() => null);
  if (old === text) return false;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  changed.push(relative(DIST, file));
  return true;
}

await main();

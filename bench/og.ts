/**
 * `npm run bench:og [-- <corpus>] [--only cards|poster]`: what preview images and the share poster
 * cost. Printed, never asserted.
 *  1. The cards of the PFR month (the argument, $FOLIO_PFR or ../shared/corpus/, else the seed
 *     alone), built in a temporary folder as the prerender does: the first build (every card
 *     drawn), a rebuild (none drawn), the bytes they add, and what one card per article would cost.
 *  2. The in-browser share poster (生成海报) on the phone profile: Chromium at 390×844, DPR 3, CPU
 *     throttled 4× over CDP, on an article of the built site in dist/ (`npm run build` or
 *     `npm run start:archive` first): the first poster (its code and the QR library loaded) and the
 *     median of the next ones, from the click to the decoded image.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { paths } from "../src/app/config/paths";
import type { PreviewCard } from "../src/app/lib/preview-image";
import { pageHead } from "../src/app/routes/heads";
import { bundleIssue } from "../src/app/routes/route-table";
import { readContentDirs } from "../src/ingest/content/read-content";
import { importPfr } from "../src/ingest/pfr/import-pfr";
import { writeContent } from "../src/ingest/pfr/write-content";
import { readTextFile } from "../src/ingest/read-text-file";
import { writeBundle } from "../src/ingest/write-bundle";
import { renderCard } from "../scripts/og/draw-card";
import { updateCards } from "../scripts/og/update-cards";
import { pfrCorpusPath } from "../scripts/pfr/corpus-path";
import { readPrerenderBundle } from "../scripts/prerender/read-bundle";
import { createStaticServer } from "../scripts/static-server";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: "string" } },
});
const corpus = pfrCorpusPath(positionals[0]);
/** Posters drawn after the first; the median is reported. */
const POSTER_RUNS = 7;
const CPU_THROTTLING = 4;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;

async function cards(): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), "folio-bench-og-"));
  try {
    const contentDirs = [join(root, "content")];
    if (existsSync(corpus)) {
      const read = await readTextFile(corpus);
      if (!read.ok) throw new Error(read.error);
      await writeContent(importPfr(read.text, corpus), { outDir: join(tmp, "archive") });
      contentDirs.push(join(tmp, "archive"));
      console.log(`preview cards: the seed and ${corpus}`);
    } else console.log(`preview cards: no corpus at ${corpus}, the seed only`);
    await writeBundle(await readContentDirs(contentDirs), { outDir: join(tmp, "data") });
    const bundle = await readPrerenderBundle(join(tmp, "data"));

    // The cards the prerender collects: every page's (its articles, its issue and home share them).
    const byName = new Map<string, PreviewCard>();
    let pages = 0;
    let articles = 0;
    for (const file of bundle.issues.keys()) {
      const issue = bundleIssue(bundle, file);
      for (const page of issue.pages) {
        pages++;
        articles += page.articles.length;
        const image = pageHead(issue, page, []).image!;
        byName.set(image.path.slice("/og/".length), image.card!);
      }
    }
    const run = async (outDir: string) => {
      const started = performance.now();
      const result = await updateCards({ cards: byName, cacheDir: join(tmp, "cache"), outDir, render: renderCard });
      return { ...result, ms: performance.now() - started };
    };
    const first = await run(join(tmp, "dist-1"));
    // A rebuild: vite has emptied dist/, the cache is kept.
    const again = await run(join(tmp, "dist-2"));
    const sizes = await Promise.all(
      (await readdir(join(tmp, "dist-2"))).map(async (name) => (await stat(join(tmp, "dist-2", name))).size),
    );
    console.log(`  ${pages} pages, ${articles} articles → ${byName.size} cards (one per printed page)`);
    console.log(
      `  first build: ${first.rendered} drawn in ${ms(first.ms)} (${ms(first.ms / Math.max(1, first.rendered))} a card, 2 cores)`,
    );
    console.log(`  rebuild: ${again.rendered} drawn, ${ms(again.ms)} (links into the emptied site)`);
    console.log(
      `  bytes added: ${mb(first.bytes)}; per card p50 ${kb(median(sizes))}, max ${kb(Math.max(...sizes))} (limit 60 kB)`,
    );
    console.log(
      `  one card per article instead: ${articles} cards, about ${mb(articles * median(sizes))} and ${ms((first.ms / Math.max(1, first.rendered)) * articles)} on a first build`,
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Clicks 生成海报 and resolves with the milliseconds until the poster image is decoded. A string, so
 * that the page runs it as written (tsx would wrap a function's inner functions in a helper the
 * page does not have).
 */
const TIME_POSTER = `new Promise((resolve, reject) => {
  const button = Array.from(document.querySelectorAll("button")).find((b) => b.textContent.trim() === "生成海报");
  if (button === undefined) return reject(new Error("no 生成海报 button"));
  const started = performance.now();
  const observer = new MutationObserver(() => {
    const img = document.querySelector('dialog img[src^="data:image/png"]');
    if (img === null) return;
    observer.disconnect();
    img.decode().then(() => resolve(performance.now() - started), reject);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  button.click();
})`;

async function poster(): Promise<void> {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    console.log("poster: no built site in dist/ (run `npm run build` first)");
    return;
  }
  const bundle = await readPrerenderBundle(join(dist, "data"));
  const paper = bundle.manifest.papers.find((p) => p.isDefault) ?? bundle.manifest.papers[0]!;
  const issue = bundleIssue(bundle, paper.latest!.file);
  const page = issue.pages[0]!;
  const article = page.articles.find((a) => a.paragraphs.length > 0) ?? page.articles[0]!;
  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    ...(existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium" } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    const tab = await context.newPage();
    const path = paths.article.to(paper.id, issue.date, page.no, article.seq);
    await tab.goto(`http://127.0.0.1:${port}${path}`);
    // The app marks <html> once React has hydrated the prerendered page.
    await tab.locator("html[data-hydrated]").waitFor({ state: "attached" });
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
    const times: number[] = [];
    for (let i = 0; i <= POSTER_RUNS; i++) {
      // Timed inside the page: from the click to the poster image decoded.
      const elapsed = (await tab.evaluate(TIME_POSTER)) as number;
      times.push(elapsed);
      await tab.getByRole("dialog", { name: "分享海报" }).getByRole("button", { name: "关闭" }).click();
      await tab.getByRole("dialog", { name: "分享海报" }).waitFor({ state: "detached" });
    }
    const [first, ...rest] = times;
    console.log(
      `poster on the phone profile (390×844, DPR 3, CPU ${CPU_THROTTLING}× slower), 《${article.title}》:` +
        ` first ${ms(first!)} (loads its code and the QR library), then median ${ms(median(rest))} of ${rest.length}` +
        ` (min ${ms(Math.min(...rest))}, max ${ms(Math.max(...rest))})`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(`folio preview-image bench (Node ${process.version})`);
if (options.only !== "poster") await cards();
if (options.only !== "cards") await poster();

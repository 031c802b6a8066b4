/**
 * `npm run size`: what the first view of each kind of page costs, from the built site (run
 * `npm run build` first). A page paints from its HTML and CSS; its entry (`src/app/boot.ts`) then
 * loads the app to make it interactive: that code (the entry's static and dynamic imports, and
 * theirs, but not what the app itself loads later) is the first view's JS. Data is what the page
 * names in its `folio:data` meta tag. CSS is the page's inline style (its critical part, counted in
 * its HTML too) and the style sheet it links (the whole sheet, loaded after the first paint). The
 * HTML is marked against its budget (`PAGE_GZIP_BUDGET`: one round trip). Then each budgeted feature's share of every page kind's first-view JS
 * (`budgets.ts`, measured through the build's source maps: `code-share.ts`), and the home page's
 * chunks. Printed, never asserted. Goal: ≤ 100 kB gzip of JS.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";
import { restoreIssue, restoreManifest } from "../src/bundle/restore";
import { paths } from "../src/app/config/paths";
import { currentManifestFile } from "../src/ingest/bundle-pointer";
import { BUDGETS, listed, type Budget } from "./budgets";
import { ownedShare, type ChunkMap, type Owner } from "./code-share";
import { firstView } from "./first-view";
import { PAGE_GZIP_BUDGET } from "./prerender/critical-css";

const DIST = resolve("dist");
const ENTRY = "index.html";
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A page's first-view code, as its HTML names it (`first-view.ts`): the app's and its route's. */
const jsOf = (html: string) => firstView(html).js.filter((f) => f.endsWith(".js"));

/** The home page's, broken down by chunk below. */
const jsFiles = jsOf(readFileSync(join(DIST, ENTRY), "utf8"));
const gzText = (text: string) => gzipSync(text, { level: 9 }).length;

/** Each page kind's first-view JS files, for the budgets' shares below. */
const pages: { name: string; js: string[]; bytes: number }[] = [];

function route(name: string, path: string): void {
  const html = readFileSync(join(DIST, decodeURIComponent(path), "index.html"), "utf8");
  const { data, css: sheets } = firstView(html);
  const pageJs = jsOf(html);
  const js = pageJs.reduce((n, f) => n + gz(f), 0);
  pages.push({ name, js: pageJs, bytes: js });
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]!).join("");
  const css = (inline === "" ? 0 : gzText(inline)) + sheets.reduce((n, file) => n + gz(file), 0);
  const dataBytes = data.reduce((n, file) => n + gz(file), 0);
  const htmlBytes = gzText(html);
  const htmlMark = htmlBytes <= PAGE_GZIP_BUDGET ? "within" : "OVER";
  console.log(
    `${name.padEnd(9)} html ${kB(htmlBytes).padStart(7)} ${htmlMark.padEnd(6)}  js ${kB(js).padStart(8)} (${pageJs.length} files)  css ${kB(css).padStart(6)}${inline === "" ? "" : " inline"}  data ${kB(dataBytes).padStart(7)} (${data.length} files)   ${path}`,
  );
}

const manifest = restoreManifest(
  JSON.parse(readFileSync(join(DIST, "data", currentManifestFile(join(DIST, "data"))), "utf8")),
);
const paper = manifest.papers.find((p) => p.isDefault) ?? manifest.papers[0]!;
const entry = paper.latest!;
const issue = restoreIssue(JSON.parse(readFileSync(join(DIST, "data", entry.file), "utf8")));
console.log(
  `first view of each page kind (gzip level 9; html within or OVER its budget of ${kB(PAGE_GZIP_BUDGET)}), ${paper.name} ${issue.date}:`,
);
route("home", "/");
route("page", paths.page.to(paper.id, issue.date, issue.pages[0]!.no));
route("article", paths.article.to(paper.id, issue.date, issue.pages[0]!.no, 1));
route("archive", paths.archive.to());
route("search", paths.search.to());
if (existsSync(join(DIST, "people", "index.html"))) {
  route("people", paths.people.to());
  const person = readdirSync(join(DIST, "people"), { withFileTypes: true }).find(
    (d) => d.isDirectory() && d.name !== "letter",
  );
  if (person !== undefined) route("person", paths.person.to(person.name));
}
/**
 * The budgets (`budgets.ts`): each feature's share of every page kind's first-view JS, through
 * source maps of the same build (vite builds the app again in memory with hidden maps; each chunk
 * must be byte for byte the one in dist/, so the maps are those of the measured code).
 */
const built = (await build({
  logLevel: "error",
  build: { sourcemap: "hidden", write: false, copyPublicDir: false },
})) as Rolldown.RolldownOutput;
const chunks = new Map(built.output.flatMap((c) => (c.type === "chunk" ? [[c.fileName, c] as const] : [])));
const ROOT = process.cwd();

/** A first-view file's code and map (sources as paths from the project's root); null: no map (no source code of its own). */
function mapped(file: string): { code: string; map: ChunkMap | null; contents: (string | null)[]; modules: string[] } {
  const chunk = chunks.get(file);
  const code = readFileSync(join(DIST, file), "utf8");
  if (chunk?.code !== code) throw new Error(`dist/${file} is not what the sources build now: run npm run build first`);
  const modules = chunk.moduleIds.map((id) => relative(ROOT, id));
  if (chunk.map === null) return { code, map: null, contents: [], modules };
  const sources = chunk.map.sources.map((source) => relative(ROOT, resolve(DIST, dirname(file), source)));
  return { code, map: { sources, mappings: chunk.map.mappings }, contents: chunk.map.sourcesContent ?? [], modules };
}

/** `budget`'s code: its sources, and its calls in the other sources (found in their text, which the maps hold). */
function owner(budget: Budget, texts: Map<string, string>): Owner {
  const places = new Map<string, { lineStarts: number[]; calls: (readonly [number, number])[] }>();
  const placesOf = (source: string) => {
    let found = places.get(source);
    if (found === undefined) {
      const text = texts.get(source) ?? "";
      const lineStarts = [0, ...[...text.matchAll(/\n/gu)].map((m) => m.index + 1)];
      found = { lineStarts, calls: budget.calls?.(text) ?? [] };
      places.set(source, found);
    }
    return found;
  };
  return {
    source: (source) => listed(budget.sources, source),
    at: (source, line, column) => {
      const { lineStarts, calls } = placesOf(source);
      const offset = (lineStarts[line] ?? Infinity) + column;
      return calls.some(([start, end]) => offset >= start && offset < end);
    },
  };
}

for (const budget of BUDGETS) {
  console.log(
    `\n${budget.name}: its share of each first view's JS (gzip; sources and calls in scripts/budgets.ts); budget ${kB(budget.limit)} of growth:`,
  );
  console.log(`${"".padEnd(9)} ${"share".padStart(8)}  ${"replaced".padStart(8)}  ${"growth".padStart(8)}`);
  let largest: { name: string; growth: number; chunks: [string, number][] } | null = null;
  for (const page of pages) {
    let share = 0;
    let replaced = "";
    const chunkShares: [string, number][] = [];
    for (const file of page.js) {
      const { code, map, contents, modules } = mapped(file);
      if (map === null) {
        const ownedModules = modules.filter((module) => listed(budget.sources, module));
        if (ownedModules.length > 0)
          throw new Error(`${file} has no source map to attribute ${ownedModules.join(", ")}`);
        continue;
      }
      const texts = new Map(map.sources.map((source, i) => [source ?? "", contents[i] ?? ""]));
      const chunkShare = ownedShare(code, map, owner(budget, texts));
      share += chunkShare;
      if (chunkShare !== 0) chunkShares.push([file, chunkShare]);
      for (const source of new Set(map.sources)) {
        const before = source === null ? null : (budget.replaced?.(source) ?? null);
        if (before !== null) replaced += before;
      }
    }
    const before = replaced === "" ? 0 : gzText(replaced);
    const growth = share - before;
    if (largest === null || growth > largest.growth) largest = { name: page.name, growth, chunks: chunkShares };
    console.log(
      `${page.name.padEnd(9)} ${kB(share).padStart(8)}  ${kB(before).padStart(8)}  ${kB(growth).padStart(8)} (${growth} B)  ${growth <= budget.limit ? "within" : "OVER"}`,
    );
  }
  if (largest !== null) {
    console.log(`its share by chunk where it grows most (${largest.name}):`);
    for (const [file, bytes] of largest.chunks.sort((a, b) => b[1] - a[1]))
      console.log(`  ${file.padEnd(44)} ${String(bytes).padStart(6)} B`);
  }
}

console.log("\nthe home page's first-view JS by chunk:");
for (const file of jsFiles.sort((a, b) => gz(b) - gz(a)))
  console.log(`  ${file.padEnd(44)} ${kB(gz(file)).padStart(8)}`);
const all = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
const later = all.filter((f) => !jsFiles.includes(`assets/${f}`));
console.log(`\nnot in the home page's first view (${later.length} chunks):`);
for (const chunk of later.sort())
  console.log(`  ${`assets/${chunk}`.padEnd(44)} ${kB(gz(`assets/${chunk}`)).padStart(8)}`);
console.log(`all JS: ${all.length} chunks, ${kB(all.reduce((n, f) => n + gz(`assets/${f}`), 0))} gzip`);

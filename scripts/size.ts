/**
 * `npm run size`: what the first view of each kind of page costs, from the built site (run
 * `npm run build` first): the JS and CSS its HTML loads or preloads (gzip) and the bundle data it
 * preloads, then the chunks loaded later (offline support) and the whole app. Printed, never
 * asserted. Goal: ≤ 100 kB gzip of JS for the first view.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { restoreManifest } from "../src/bundle/restore";
import { paths } from "../src/app/config/paths";
import { currentManifestFile } from "../src/ingest/bundle-pointer";

const DIST = resolve("dist");
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const local = (url: string) => join(DIST, url.replace(/^\/(?:[^/]+\/)*?(assets|data)\//u, "$1/"));

function assetsOf(html: string): { js: string[]; css: string[]; data: string[] } {
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
  return {
    js: [
      ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/gu),
      ...attr(/<link rel="modulepreload"[^>]*href="([^"]+)"/gu),
    ],
    css: attr(/<link rel="stylesheet"[^>]+href="([^"]+)"/gu),
    data: attr(/<link rel="preload" href="([^"]+)" as="fetch"/gu),
  };
}

const firstView = new Set<string>();
function route(name: string, path: string): void {
  const html = readFileSync(join(DIST, path, "index.html"), "utf8");
  const { js, css, data } = assetsOf(html);
  for (const url of js) firstView.add(url);
  const sum = (urls: string[]) => urls.reduce((n, u) => n + gz(local(u)), 0);
  console.log(
    `${name.padEnd(9)} html ${kB(gzipSync(html).length).padStart(7)}  js ${kB(sum(js)).padStart(8)} (${js.length} files)  css ${kB(sum(css)).padStart(6)}  data ${kB(sum(data)).padStart(7)} (${data.length} files)   ${path}`,
  );
}

const manifest = restoreManifest(
  JSON.parse(readFileSync(join(DIST, "data", currentManifestFile(join(DIST, "data"))), "utf8")),
);
const paper = manifest.papers.find((p) => p.isDefault) ?? manifest.papers[0]!;
const issue = paper.issues[0]!;
console.log(`first view of each page kind (gzip level 9), ${paper.name} ${issue.date}:`);
route("home", "/");
route("page", paths.page.to(paper.id, issue.date, issue.pages[0]!.no));
route("article", paths.article.to(paper.id, issue.date, issue.pages[0]!.no, 1));
route("archive", paths.archive.to());
const chunks = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
const later = chunks.filter((f) => ![...firstView].some((url) => url.endsWith(`/${f}`)));
const total = chunks.reduce((n, f) => n + gz(join(DIST, "assets", f)), 0);
console.log(`\nloaded later or by other pages (${later.length} chunks):`);
for (const chunk of later.sort())
  console.log(`  ${chunk.padEnd(44)} ${kB(gz(join(DIST, "assets", chunk))).padStart(8)}`);
console.log(`all JS: ${chunks.length} chunks, ${kB(total)} gzip`);

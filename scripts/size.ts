/**
 * `npm run size`: what the first view of each kind of route costs, from the built site (run
 * `npm run build` first): JS and CSS (gzip) the HTML loads, and the bundle data it preloads.
 * Printed, never asserted. Goal: ≤ 100 kB gzip of JS for the first view.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = resolve("dist");
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function assetsOf(html: string): { js: string[]; css: string[]; data: string[] } {
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
  return {
    js: [
      ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/gu),
      ...attr(/<link rel="modulepreload"[^>]+href="([^"]+)"/gu),
    ],
    css: attr(/<link rel="stylesheet"[^>]+href="([^"]+)"/gu),
    data: attr(/<link rel="preload" href="([^"]+)" as="fetch"/gu),
  };
}

function route(name: string, htmlFile: string): void {
  const html = readFileSync(join(DIST, htmlFile), "utf8");
  const { js, css, data } = assetsOf(html);
  const file = (url: string) => join(DIST, url.replace(/^\/(?:[^/]+\/)*?(assets|data)\//u, "$1/"));
  const sum = (urls: string[]) => urls.reduce((n, u) => n + gz(file(u)), 0);
  console.log(
    `${name.padEnd(10)} html ${kB(gzipSync(html).length).padStart(8)}   js ${kB(sum(js)).padStart(8)} (${js.length} files)   css ${kB(sum(css)).padStart(7)}   data ${kB(sum(data)).padStart(8)} (${data.length} files)`,
  );
}

function firstArticleHtml(): string {
  const walk = (dir: string, depth: number): string | null => {
    for (const entry of readdirSync(join(DIST, dir)).sort()) {
      const path = join(dir, entry);
      if (!statSync(join(DIST, path)).isDirectory() || entry === "assets" || entry === "data") continue;
      if (depth === 3) return join(path, "index.html");
      const found = walk(path, depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk("", 0)!;
}

console.log("first view, gzip (level 9):");
route("home", "index.html");
route("article", firstArticleHtml());
const chunks = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
console.log(`\nall JS chunks (${chunks.length}):`);
for (const chunk of chunks.sort())
  console.log(`  ${chunk.padEnd(40)} ${kB(gz(join(DIST, "assets", chunk))).padStart(9)}`);

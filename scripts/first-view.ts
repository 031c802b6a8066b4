import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DATA_META, MODULES_META } from "../src/app/config/boot";

/**
 * What a page fetches on its first load, read from its prerendered HTML (the one place that knows):
 * the boot entry and what the HTML preloads with it, the app's chunks the MODULES_META tag names
 * (the boot preloads and runs them), the style sheets, and the bundle files the DATA_META tag names
 * (the data its route's loaders fetch first). Paths relative to the site folder. Used by
 * `npm run size` and `npm run bench:scale`.
 */
export interface FirstView {
  js: string[];
  css: string[];
  data: string[];
}

/** A URL the page names → its file in the site folder (`/folio/assets/x.js` → `assets/x.js`). */
function siteFile(url: string, marker: "assets/" | "data/"): string {
  const at = url.indexOf(`/${marker}`);
  return at === -1 ? url.replace(/^\.?\//u, "") : url.slice(at + 1);
}

export function firstView(html: string): FirstView {
  const js = [
    ...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/gu),
    ...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/gu),
  ].map((m) => m[1]!);
  const modules = new RegExp(`<meta name="${MODULES_META}" content="([^"]*)"`, "u").exec(html)?.[1];
  if (modules === undefined) throw new Error(`the page has no ${MODULES_META} tag: was it built by this version?`);
  js.push(...modules.split(" ").filter(Boolean));
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/gu)].map((m) => m[1]!);
  const data = (new RegExp(`<meta name="${DATA_META}" content="([^"]*)"`, "u").exec(html)?.[1] ?? "")
    .split(" ")
    .filter(Boolean);
  return {
    js: [...new Set(js.map((u) => siteFile(u, "assets/")))],
    css: [...new Set(css.map((u) => siteFile(u, "assets/")))],
    data: [...new Set(data.map((u) => siteFile(u, "data/")))],
  };
}

/** A file's bytes on the wire: its gzip copy when the build wrote one, else the file itself (level 9 gzip when `compress`). */
export function wireBytes(dist: string, file: string, compress = true): number {
  const path = join(dist, file);
  if (existsSync(`${path}.gz`)) return readFileSync(`${path}.gz`).length;
  const bytes = readFileSync(path);
  return compress ? Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length) : bytes.length;
}

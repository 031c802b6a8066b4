import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { PreviewCard } from "../../src/app/lib/preview-image";

/**
 * What the last prerender wrote, so the next one renders only the pages whose inputs changed: for
 * each page file its inputs' key (the app's code and template, its path, the digests of the data
 * files its render read) and those files. Kept in `.cache/` (the site folder is output only:
 * `page-state.ts`); a page
 * whose file is gone, or whose size is not what was written, is rendered again whatever the state says.
 */
export interface PageRecord {
  key: string;
  /** The data files the render read (ids of `trackReads`). */
  deps: string[];
  size: number;
  /** The preview card the page's head names (og:image), so a page kept as it was still keeps its card. */
  card?: { name: string; card: PreviewCard };
}

/**
 * The page template (vite's `index.html`), kept beside the render code by `build-app.ts`: the
 * prerender overwrites `dist/index.html` with the home page, and a build that skips vite still needs it.
 * A new SSR build empties `dist-ssr/`, so it is never older than the code.
 */
export const TEMPLATE = "dist-ssr/template.html";

/** A key of strings: the same parts in the same order give the same key. */
export function inputKey(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 32);
}

/** A hash of every file under the given paths (folders walked, sorted): the code a page is rendered by. */
export async function filesKey(paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const path of paths) {
    const files = (await stat(path)).isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path];
    for (const file of files) hash.update(`${relative(path, file)}\0`).update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 32);
}

/**
 * True when the page file is there as the state recorded it. Synchronous: every kept page of the
 * archive is checked (about 110 a day of archive), and a `stat` through the thread pool and a
 * promise costs about three times the call itself.
 */
export function outputIntact(file: string, record: PageRecord): boolean {
  return statSync(file, { throwIfNoEntry: false })?.size === record.size;
}

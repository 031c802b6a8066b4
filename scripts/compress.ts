/**
 * Writes a gzip copy (`<file>.gz`) beside every text file of the built site, as static hosts and
 * CDNs expect precompressed files (sirv, nginx `gzip_static`, Caddy `precompressed`, S3 +
 * `Content-Encoding`); hosts that compress on the fly (GitHub Pages, Netlify) ignore them. Runs last
 * in `npm run build:app`. `npm start` serves the copies, so what it measures is what readers get.
 * Node's zlib, no library: a walk and a gzip call are all there is to it.
 *
 * Incremental: a copy newer than its file is current (every build step writes a file only when its
 * bytes change, so an unchanged file keeps its mtime); copies whose file is gone, or no longer worth
 * one, are removed. gzip with no name and no time in its header is the same bytes for the same input.
 * With the log of what the build's steps changed since the last run (`journal/dist-changes.ts`),
 * only those files are looked at; without one, `dist/` is walked.
 */
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { readDistChanges, startDistChanges } from "./journal/dist-changes";

/** Text formats the site serves. Images (PNG) and fonts are compressed already. */
const TEXT = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".txt", ".xml"]);
/** Below this a response fits one packet either way; the copy would only add files. */
export const MIN_BYTES = 1024;
/** Files compressed at once: enough to keep zlib's thread pool busy on two cores. */
const CONCURRENCY = 8;

const compress = promisify(gzip);

export interface CompressResult {
  written: number;
  current: number;
  removed: number;
  /** False: only the files of the log were looked at. */
  walked: boolean;
}

/**
 * Makes the gzip copies of `dist`: of every text file (a walk), or, given `changed` (paths relative
 * to `dist`, written or removed since the copies were last made), of those files only.
 */
export async function compressDist(dist: string, changed: readonly string[] | null): Promise<CompressResult> {
  const candidates = changed ?? (await readdir(dist, { recursive: true }));
  // Walking, every copy there is known; from the log, a changed file's copy is looked at on its own.
  const copies =
    changed === null ? new Set(candidates.filter((e) => e.endsWith(".gz")).map((e) => join(dist, e))) : null;
  const files: { path: string; mtimeMs: number }[] = [];
  const keep = new Set<string>();
  let removed = 0;
  for (const entry of candidates) {
    if (!TEXT.has(extname(entry))) continue;
    const path = join(dist, entry);
    const info = await stat(path).catch(() => null);
    if (info !== null && info.isFile() && info.size >= MIN_BYTES) files.push({ path, mtimeMs: info.mtimeMs });
    else if (copies === null && (await stat(`${path}.gz`).catch(() => null)) !== null) {
      // From the log: a file gone or now too small loses its copy.
      await rm(`${path}.gz`, { force: true });
      removed++;
    }
  }
  let written = 0;
  let current = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { path, mtimeMs } = files[next++]!;
      const copy = `${path}.gz`;
      const there = copies === null ? await stat(copy).catch(() => null) : copies.has(copy) ? await stat(copy) : null;
      if (there !== null && there.mtimeMs >= mtimeMs) {
        keep.add(copy);
        current++;
        continue;
      }
      const bytes = await readFile(path);
      const gz = await compress(bytes, { level: constants.Z_BEST_COMPRESSION });
      if (gz.length >= bytes.length) {
        if (copies === null && there !== null) {
          await rm(copy, { force: true });
          removed++;
        }
        continue;
      }
      await writeFile(copy, gz);
      keep.add(copy);
      written++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const copy of copies ?? [])
    if (!keep.has(copy)) {
      await rm(copy, { force: true });
      removed++;
    }
  return { written, current, removed, walked: changed === null };
}

async function main(): Promise<void> {
  const started = performance.now();
  const dist = resolve(process.argv[2] ?? "dist");
  const changed = await readDistChanges(dist);
  const result = await compressDist(dist, changed);
  await startDistChanges(dist);
  console.log(
    `compressed: ${result.written} gzip copies written, ${result.current} current, ${result.removed} removed ` +
      `(${result.walked ? "dist/ walked" : `${changed!.length} changed files from the log`}; ${Math.round(performance.now() - started)} ms)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

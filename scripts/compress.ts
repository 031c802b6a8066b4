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
 */
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";

const DIST = resolve(process.argv[2] ?? "dist");
/** Text formats the site serves. Images (PNG) and fonts are compressed already. */
const TEXT = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".txt", ".xml"]);
/** Below this a response fits one packet either way; the copy would only add files. */
export const MIN_BYTES = 1024;
/** Files compressed at once: enough to keep zlib's thread pool busy on two cores. */
const CONCURRENCY = 8;

const compress = promisify(gzip);

async function main(): Promise<void> {
  const started = performance.now();
  const entries = await readdir(DIST, { recursive: true });
  const copies = new Set(entries.filter((e) => e.endsWith(".gz")).map((e) => join(DIST, e)));
  const files: { path: string; mtimeMs: number }[] = [];
  for (const entry of entries) {
    if (!TEXT.has(extname(entry))) continue;
    const path = join(DIST, entry);
    const info = await stat(path);
    if (info.size >= MIN_BYTES) files.push({ path, mtimeMs: info.mtimeMs });
  }
  let written = 0;
  let current = 0;
  let next = 0;
  const keep = new Set<string>();
  const worker = async () => {
    while (next < files.length) {
      const { path, mtimeMs } = files[next++]!;
      const copy = `${path}.gz`;
      if (copies.has(copy) && (await stat(copy)).mtimeMs >= mtimeMs) {
        keep.add(copy);
        current++;
        continue;
      }
      const bytes = await readFile(path);
      const gz = await compress(bytes, { level: constants.Z_BEST_COMPRESSION });
      if (gz.length >= bytes.length) continue;
      await writeFile(copy, gz);
      keep.add(copy);
      written++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  let removed = 0;
  for (const copy of copies)
    if (!keep.has(copy)) {
      await rm(copy, { force: true });
      removed++;
    }
  console.log(
    `compressed: ${written} gzip copies written, ${current} current, ${removed} removed (${Math.round(performance.now() - started)} ms)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

/**
 * Writes a gzip copy (`<file>.gz`) beside every text file of the built site, as static hosts and
 * CDNs expect precompressed files (sirv, nginx `gzip_static`, Caddy `precompressed`, S3 +
 * `Content-Encoding`); hosts that compress on the fly (GitHub Pages, Netlify) ignore them. Runs last
 * in `npm run build:app`. `npm start` serves the copies, so what it measures is what readers get.
 * Node's zlib, no library: a walk and a gzip call are all there is to it.
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
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
  const files: string[] = [];
  for (const entry of await readdir(DIST, { recursive: true })) {
    if (!TEXT.has(extname(entry))) continue;
    const path = join(DIST, entry);
    if ((await stat(path)).size >= MIN_BYTES) files.push(path);
  }
  let raw = 0;
  let packed = 0;
  let written = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const bytes = await readFile(path);
      const gz = await compress(bytes, { level: constants.Z_BEST_COMPRESSION });
      raw += bytes.length;
      if (gz.length >= bytes.length) {
        packed += bytes.length;
        continue;
      }
      await writeFile(`${path}.gz`, gz);
      packed += gz.length;
      written++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `compressed: ${written} gzip copies, ${mb(raw)} → ${mb(packed)} (${Math.round(performance.now() - started)} ms)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

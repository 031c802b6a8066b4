/**
 * `npm run build:app`: the app's code (vite build, client and SSR entry), then the prerender,
 * discovery files, service worker and gzip copies. The two vite builds are skipped when nothing they
 * are made from changed (a hash of the app's sources, public files, the build config and its
 * `define` values, the lock file and the site's location, kept in `.cache/build-app/`); the bundle
 * is then copied into `dist/data/` as vite would have, file by file, only what changed. Every later
 * step is incremental itself. `--full` rebuilds everything.
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { UserConfig } from "vite";
import { filesKey, inputKey, TEMPLATE } from "./prerender/incremental";

const STATE = resolve(".cache/build-app/state.json");
const DIST = resolve("dist");
const full = process.argv.includes("--full");
const TEST_FILE = /\.test\.tsx?$/u;

/** What the app's code is built from (the bundle's data is not: it is copied, not built). */
async function appKey(): Promise<string> {
  const config = ((await import(pathToFileURL(resolve("vite.config.ts")).href)) as { default: UserConfig }).default;
  const publicFiles = (await readdir("public", { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !relative("public", join(e.parentPath, e.name)).startsWith("data"))
    .map((e) => join(e.parentPath, e.name));
  const sources = (await readdir("src", { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !TEST_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  return inputKey([
    await filesKey(
      [
        ...sources,
        ...publicFiles,
        "index.html",
        "vite.config.ts",
        "scripts/vite",
        "scripts/site-url.ts",
        "package-lock.json",
        "tsconfig.json",
      ].sort(),
    ),
    JSON.stringify(config.define ?? {}),
    process.env.FOLIO_BASE ?? "",
    process.env.FOLIO_SITE_URL ?? "",
  ]);
}

/** Milliseconds per step, printed at the end (the bench reads the stages from this line). */
const stages: [string, number][] = [];

function run(command: string, args: readonly string[], stage: string): void {
  const begun = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  stages.push([stage, Math.round(performance.now() - begun)]);
}

/** Copies `from` into `to` file by file: only new or changed files are written, files gone are removed. */
async function mirror(from: string, to: string): Promise<{ written: number; removed: number }> {
  const want = new Set<string>();
  let written = 0;
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(from, join(entry.parentPath, entry.name));
    want.add(rel);
    const source = join(from, rel);
    const target = join(to, rel);
    const [a, b] = await Promise.all([stat(source), stat(target).catch(() => null)]);
    // A copy made after its source was last written is current (a changed source is newer than its copy):
    // an unchanged file of a large bundle costs two stats, not two reads.
    if (b !== null && a.size === b.size && b.mtimeMs > a.mtimeMs) continue;
    if (b !== null && a.size === b.size && (await readFile(source)).equals(await readFile(target))) continue;
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
    written++;
  }
  let removed = 0;
  for (const entry of await readdir(to, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const rel = relative(to, join(entry.parentPath, entry.name));
    // A gzip copy belongs to its file: compress.ts removes those whose file is gone.
    if (want.has(rel) || rel.endsWith(".gz")) continue;
    await rm(join(to, rel), { force: true });
    removed++;
  }
  return { written, removed };
}

/** The last vite builds' output is all there: the template, the SSR entry, every file of vite's manifest. */
async function appBuilt(): Promise<boolean> {
  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );
  const manifest = join(DIST, ".vite/manifest.json");
  if (!(await exists(resolve(TEMPLATE))) || !(await exists(resolve("dist-ssr/entry-server.js")))) return false;
  if (!(await exists(manifest))) return false;
  const chunks = Object.values(JSON.parse(await readFile(manifest, "utf8")) as Record<string, { file: string }>);
  return (await Promise.all(chunks.map((c) => exists(join(DIST, c.file))))).every(Boolean);
}

const started = performance.now();
const key = await appKey();
const last = await readFile(STATE, "utf8")
  .then((text) => (JSON.parse(text) as { key?: string }).key)
  .catch(() => undefined);
if (!full && last === key && (await appBuilt())) {
  const mirrorStarted = performance.now();
  const copied = await mirror(resolve("public/data"), join(DIST, "data"));
  console.log(
    `app code unchanged: vite builds skipped; data: ${copied.written} files copied, ${copied.removed} removed`,
  );
  stages.push(["data copy", Math.round(performance.now() - mirrorStarted)]);
} else {
  await rm(STATE, { force: true });
  run("npx", ["vite", "build"], "vite");
  run("npx", ["vite", "build", "--ssr", "src/app/entry-server.tsx", "--outDir", "dist-ssr"], "vite ssr");
  // The prerender replaces dist/index.html with the home page: the template is kept beside the render code.
  await copyFile(join(DIST, "index.html"), resolve(TEMPLATE));
  await mkdir(dirname(STATE), { recursive: true });
  await writeFile(STATE, JSON.stringify({ key }));
}
const flag = full ? ["--full"] : [];
run(process.execPath, ["--import", "tsx", "scripts/prerender.ts", ...flag], "prerender");
run(process.execPath, ["--import", "tsx", "scripts/discovery.ts"], "discovery");
run(process.execPath, ["--import", "tsx", "scripts/build-sw.ts"], "service worker");
run(process.execPath, ["--import", "tsx", "scripts/compress.ts"], "gzip");
console.log(
  `build:app done in ${Math.round(performance.now() - started)} ms (${stages.map(([stage, ms]) => `${stage} ${ms} ms`).join(", ")})`,
);

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
import { journalPath, readJournal } from "../src/ingest/cache/output-journal";
import { DEFAULT_CACHE_DIR } from "../src/ingest/cache/result-cache";
import { filesKey, inputKey, TEMPLATE } from "./prerender/incremental";
import { mirror } from "./journal/data-mirror";
import { noteDistChanges, resetDistChanges } from "./journal/dist-changes";

const STATE = resolve(".cache/build-app/state.json");
/** The bundle's last change copied into `dist/data` (`journal/data-mirror.ts`). */
const MIRROR_STATE = resolve(".cache/build-app/mirror.json");
const DATA = resolve("public/data");
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

/**
 * Milliseconds per step, wall and CPU (user + system; of the step's process, or of this one for a
 * step run here, null where /proc is not there), printed at the end (the bench reads the stages
 * from this line).
 */
const stages: [string, number, number | null][] = [];

/** CPU time (user + system, ms) of this process's finished children, from /proc (Linux; null elsewhere). */
async function childrenCpuMs(): Promise<number | null> {
  try {
    const stat = await readFile("/proc/self/stat", "utf8");
    // Fields after the command's name: cutime is field 16, cstime 17 (in clock ticks, 100 a second).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

async function run(command: string, args: readonly string[], stage: string): Promise<void> {
  const begun = performance.now();
  const cpuBefore = await childrenCpuMs();
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const cpuAfter = await childrenCpuMs();
  stages.push([
    stage,
    Math.round(performance.now() - begun),
    cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
  ]);
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
// The bundle's journal, if `folio build` kept one for public/data (default cache) and it is the bundle's as it is.
const journalFile = journalPath(DEFAULT_CACHE_DIR, DATA);
const journal = await readJournal(journalFile, DATA);
const key = await appKey();
const last = await readFile(STATE, "utf8")
  .then((text) => (JSON.parse(text) as { key?: string }).key)
  .catch(() => undefined);
if (!full && last === key && (await appBuilt())) {
  const mirrorStarted = performance.now();
  const mirrorCpu = process.cpuUsage();
  const last = await readFile(MIRROR_STATE, "utf8")
    .then((text) => (JSON.parse(text) as { change?: string }).change)
    .catch(() => undefined);
  const copied = await mirror(DATA, join(DIST, "data"), journal, last, journalFile);
  await noteDistChanges(copied.changed.map((path) => `data/${path}`));
  console.log(
    `app code unchanged: vite builds skipped; data: ${copied.written} files copied, ${copied.removed} removed ` +
      `(${copied.walked ? "both folders walked" : "the bundle's journal since the last copy"})`,
  );
  const used = process.cpuUsage(mirrorCpu);
  stages.push([
    "data copy",
    Math.round(performance.now() - mirrorStarted),
    Math.round((used.user + used.system) / 1000),
  ]);
} else {
  await rm(STATE, { force: true });
  // A vite build makes dist/ anew: the gzip copies are made again from a walk.
  await resetDistChanges();
  await run("npx", ["vite", "build"], "vite");
  await run("npx", ["vite", "build", "--ssr", "src/app/entry-server.tsx", "--outDir", "dist-ssr"], "vite ssr");
  // The prerender replaces dist/index.html with the home page: the template is kept beside the render code.
  await copyFile(join(DIST, "index.html"), resolve(TEMPLATE));
  await mkdir(dirname(STATE), { recursive: true });
  await writeFile(STATE, JSON.stringify({ key }));
}
// dist/data is now the bundle as its journal's last change left it (vite copied public/ whole, or the mirror).
await writeFile(MIRROR_STATE, JSON.stringify({ change: journal?.changes.at(-1)?.id }));
const flag = full ? ["--full"] : [];
await run(process.execPath, ["--import", "tsx", "scripts/prerender.ts", ...flag], "prerender");
await run(process.execPath, ["--import", "tsx", "scripts/discovery.ts"], "discovery");
await run(process.execPath, ["--import", "tsx", "scripts/build-sw.ts"], "service worker");
await run(process.execPath, ["--import", "tsx", "scripts/compress.ts"], "gzip");
console.log(
  `build:app done in ${Math.round(performance.now() - started)} ms (${stages.map(([stage, ms, cpu]) => `${stage} ${ms} ms${cpu === null ? "" : ` (${(cpu / 1000).toFixed(1)} CPU-s)`}`).join(", ")})`,
);

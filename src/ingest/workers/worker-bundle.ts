import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The worker threads' code, prebuilt. A thread that loaded the TypeScript sources through tsx paid
 * ~0.5–0.7 CPU-s before its first task (tsx's loader hooks, a transpile per module, and source maps
 * switched on, so that the first `error.stack` PDF.js reads parses pdf.mjs's 4 MB source map) and
 * ran slower after (every stack trace source-mapped). So the entries are bundled once with esbuild
 * (which tsx already runs on; the libraries stay `import`s of node_modules, only Folio's own code is
 * bundled) into `node_modules/.cache/folio-workers/<key>/`, one ES module per entry and shared
 * chunks (a thread that runs both entries loads each module once; a text-only build never loads
 * PDF.js), and the threads start with no loader at all.
 *
 * The key is a hash of every source file the bundle was built from (esbuild's metafile lists them),
 * of tsconfig.json (its paths resolve `@/`), of esbuild's version and of this file's options: a
 * changed source is rebuilt before any thread starts, and an unchanged one is not built again
 * (the check reads and hashes those files, a few milliseconds). The checkout's own path is in the
 * key too: a bundle carries its sources' absolute paths (see `sourceUrls`), so one built in another
 * checkout whose node_modules this one copies or hard-links (a git worktree's) would load PDF.js's
 * canvas from that checkout's node_modules beside this one's, and PDF.js then rejects the mix
 * ("Value is none of these types `String`, `Path`"). Concurrent commands may build the same key:
 * each writes its own folder and renames it into place, the first one stays.
 */
export interface WorkerBundle {
  /** file: URLs of the bundled entries, in the order asked. */
  entries: string[];
  /** The bundle's key (its folder's name). */
  key: string;
  /** Built by this call (false: found in the cache). */
  built: boolean;
}

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const DEFAULT_BUNDLE_DIR = join(REPO, "node_modules", ".cache", "folio-workers");
/**
 * The `folio` command's own bundle (`bin/folio.js`), in a folder of its own: each folder keeps one
 * key, removing the others' (`removeStale`).
 */
export const CLI_BUNDLE_DIR = join(REPO, "node_modules", ".cache", "folio-cli");
/** Changes when the build options below change (bundles made with other options are not reused). */
const OPTIONS_VERSION = "1";
/** Bundles of other keys older than this are removed (a command may still be starting threads from one). */
const STALE_MS = 60 * 60 * 1000;

interface Manifest {
  key: string;
  /** The source files the bundle was built from, relative to the repository. */
  inputs: string[];
}

/** The bundle's key: its sources' contents, where the checkout is (`repo`), esbuild's version and the options. */
export async function bundleKey(inputs: readonly string[], esbuildVersion: string, repo = REPO): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`esbuild ${esbuildVersion}\0options ${OPTIONS_VERSION}\0repo ${repo}\0`);
  hash.update(await readFile(join(REPO, "tsconfig.json")));
  for (const input of [...inputs].sort()) {
    hash.update(`\0${input}\0`);
    hash.update(await readFile(join(REPO, input)));
  }
  return hash.digest("hex").slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readManifest(path: string): Promise<Manifest | null> {
  try {
    const value = JSON.parse(await readFile(path, "utf8")) as Partial<Manifest>;
    return typeof value.key === "string" && Array.isArray(value.inputs) ? (value as Manifest) : null;
  } catch {
    return null;
  }
}

/** The entry's output name: its file name with `.mjs`. */
const outName = (entry: string) => entry.replace(/^.*[\\/]/u, "").replace(/\.ts$/u, ".mjs");

/**
 * The bundled entries (absolute paths of `.ts` files under the repository), built if their sources
 * changed since the last build. Throws when esbuild cannot build them (the caller falls back to tsx).
 */
export async function workerBundle(
  entries: readonly string[],
  dir: string = DEFAULT_BUNDLE_DIR,
): Promise<WorkerBundle> {
  const esbuild = await import("esbuild");
  const urls = (key: string) => entries.map((entry) => pathToFileURL(join(dir, key, outName(entry))).href);
  const name = createHash("sha256")
    .update(entries.map((e) => relative(REPO, e)).join("\0"))
    .digest("hex")
    .slice(0, 8);
  const manifestPath = join(dir, `${name}.json`);
  const manifest = await readManifest(manifestPath);
  if (manifest !== null && (await exists(join(dir, manifest.key)))) {
    const key = await bundleKey(manifest.inputs, esbuild.version).catch(() => null);
    if (key === manifest.key) return { entries: urls(key), key, built: false };
  }

  const result = await esbuild.build({
    entryPoints: [...entries],
    absWorkingDir: REPO,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    // Libraries (PDF.js, sharp, Skia, piscina…) load from node_modules as they do for the CLI.
    packages: "external",
    write: false,
    metafile: true,
    outdir: "out",
    logLevel: "silent",
    plugins: [sourceUrls],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const key = await bundleKey(inputs, esbuild.version);
  const final = join(dir, key);
  if (!(await exists(final))) {
    await mkdir(dir, { recursive: true });
    const tmp = await mkdtemp(join(dir, ".building-"));
    await chmod(tmp, 0o755);
    for (const file of result.outputFiles) {
      const path = join(tmp, relative(join(REPO, "out"), file.path));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
    // Another command may have put the same key in place meanwhile: then its copy stays.
    await rename(tmp, final).catch(() => rm(tmp, { recursive: true, force: true }));
  }
  const tmpManifest = `${manifestPath}.${process.pid}.tmp`;
  await writeFile(tmpManifest, JSON.stringify({ key, inputs } satisfies Manifest));
  await rename(tmpManifest, manifestPath);
  await removeStale(dir, key);
  return { entries: urls(key), key, built: true };
}

/**
 * Each source file keeps its own `import.meta.url` (the people model, PDF.js's cmaps, the renderer's
 * version are found next to the sources), not the bundle's.
 */
/** A pattern, not the words themselves: this file is bundled too (the `folio` command's bundle). */
const IMPORT_META_URL = /\bimport\.meta\.url\b/gu;
const sourceUrls = {
  name: "source-import-meta-url",
  setup(build: {
    onLoad(
      options: { filter: RegExp },
      load: (args: { path: string }) => Promise<{ contents: string; loader: "ts" | "tsx" }>,
    ): void;
  }) {
    // esbuild takes Go regular expressions: no flags.
    build.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => ({
      contents: (await readFile(path, "utf8")).replaceAll(IMPORT_META_URL, JSON.stringify(pathToFileURL(path).href)),
      loader: path.endsWith(".tsx") ? "tsx" : "ts",
    }));
  },
};

async function removeStale(dir: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const path = resolve(dir, entry.name);
    const info = await stat(path).catch(() => null);
    if (info !== null && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true });
  }
}

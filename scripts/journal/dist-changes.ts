import { appendFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/**
 * What the steps of `npm run build:app` wrote into or removed from `dist/` since the gzip copies
 * were last made (`compress.ts`): each step adds the paths it changed (relative to `dist/`), and
 * compress takes them instead of walking `dist/` (at 20 years: ~800 k data files and as many
 * pages). The log's first line is the stamp of the vite build it follows (the mtime of vite's
 * manifest): a vite build starts a new `dist/`, and `build:app` removes the log before one, so a
 * log that is missing, headless or of another vite build makes compress walk. Every step that
 * writes into `dist/` adds its paths: data mirror, prerender, discovery, service worker (the
 * preview cards are PNG, which compress leaves alone).
 */
export const DIST_CHANGES = resolve(".cache/build-app/dist-changes.log");

async function stampOf(dist: string): Promise<number | null> {
  return (await stat(join(dist, ".vite/manifest.json")).catch(() => null))?.mtimeMs ?? null;
}

/** Adds paths (relative to `dist/`) to the log. */
export async function noteDistChanges(paths: readonly string[], log = DIST_CHANGES): Promise<void> {
  if (paths.length === 0) return;
  await mkdir(dirname(log), { recursive: true });
  await appendFile(log, `${paths.join("\n")}\n`);
}

/** Forgets the log: the next compress walks `dist/`. */
export async function resetDistChanges(log = DIST_CHANGES): Promise<void> {
  await rm(log, { force: true });
}

/** The paths changed since the log was started for this `dist/` (each once), or null: walk. */
export async function readDistChanges(dist: string, log = DIST_CHANGES): Promise<string[] | null> {
  const text = await readFile(log, "utf8").catch(() => null);
  if (text === null) return null;
  const [header, ...paths] = text.split("\n");
  let stamp: unknown;
  try {
    stamp = (JSON.parse(header ?? "") as { stamp?: unknown }).stamp;
  } catch {
    return null;
  }
  const now = await stampOf(dist);
  if (now === null || stamp !== now) return null;
  return [...new Set(paths.filter((p) => p !== ""))].sort();
}

/** Starts an empty log for `dist/` as it is now (after its copies are made). */
export async function startDistChanges(dist: string, log = DIST_CHANGES): Promise<void> {
  const stamp = await stampOf(dist);
  if (stamp === null) return resetDistChanges(log);
  await mkdir(dirname(log), { recursive: true });
  await writeFile(log, `${JSON.stringify({ stamp })}\n`);
}

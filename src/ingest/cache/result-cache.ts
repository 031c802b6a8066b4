import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { currentCodeVersion } from "./code-version";
import { JOURNAL_PARTS } from "./output-journal";

/**
 * Results of parse and people extraction, cached by content hash: the key is a hash of the input
 * bytes, and the folder is the code version (`code-version.ts`), so a result made by other code is
 * never read; opening the cache removes the folders of other versions. Values are JSON files
 * (`<dir>/<version>/<kind>/<key>.json`), written beside and renamed, so a killed run leaves no
 * half-written entry. `.cache/` is git-ignored; deleting it only costs time.
 */
export const DEFAULT_CACHE_DIR = ".cache/folio";

/**
 * Caches kept inside this one under their own version (not the code's): the page images depend on
 * the renderer only, so a parser change does not draw every page again. The output journals' parts
 * (`output-journal.ts`) are not of a version either.
 */
export const NESTED_CACHES: ReadonlySet<string> = new Set(["page-images", JOURNAL_PARTS]);

export interface CacheStats {
  hits: number;
  misses: number;
}

export class ResultCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly root: string;
  private readonly made = new Set<string>();

  private constructor(
    readonly dir: string,
    readonly version: string,
  ) {
    this.root = join(dir, version);
  }

  /** Opens the cache in `dir` for `version` (the running code's unless given), dropping other versions. */
  static async open(dir: string = DEFAULT_CACHE_DIR, version: string = currentCodeVersion()): Promise<ResultCache> {
    await mkdir(dir, { recursive: true });
    for (const entry of await readdir(dir, { withFileTypes: true }))
      if (entry.isDirectory() && entry.name !== version && !NESTED_CACHES.has(entry.name))
        await rm(join(dir, entry.name), { recursive: true, force: true });
    return new ResultCache(dir, version);
  }

  /** The key of an input: a hash of its parts (text or bytes), kept apart by a separator. */
  static key(...parts: readonly (string | Uint8Array)[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex").slice(0, 32);
  }

  async get<T>(kind: string, key: string): Promise<T | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.path(kind, key), "utf8");
    } catch {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return JSON.parse(raw) as T;
  }

  /** Whether nothing of `kind` is cached yet (a first run, or a new code version): every lookup will miss. */
  async isEmpty(kind: string): Promise<boolean> {
    const entries = await readdir(join(this.root, kind)).catch(() => []);
    return entries.length === 0;
  }

  async put(kind: string, key: string, value: unknown): Promise<void> {
    await this.ensureDir(kind, key);
    const path = this.path(kind, key);
    const temp = `${path}.tmp-${process.pid}`;
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, path);
  }

  /** Stores bytes (an image) under `key`; the returned path is where they are, to copy them from. */
  async putBytes(kind: string, key: string, ext: string, bytes: Uint8Array): Promise<string> {
    const path = this.path(kind, key, ext);
    await this.ensureDir(kind, key);
    const temp = `${path}.tmp-${process.pid}`;
    await writeFile(temp, bytes);
    await rename(temp, path);
    return path;
  }

  /** Where `putBytes` keeps bytes under `key`, if it has them. */
  async bytesPath(kind: string, key: string, ext: string): Promise<string | undefined> {
    const path = this.path(kind, key, ext);
    return (await stat(path).catch(() => null))?.isFile() === true ? path : undefined;
  }

  private async ensureDir(kind: string, key: string): Promise<void> {
    const dir = join(this.root, kind, key.slice(0, 2));
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
  }

  private path(kind: string, key: string, ext = "json"): string {
    return join(this.root, kind, key.slice(0, 2), `${key}.${ext}`);
  }
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PageRecord } from "./incremental";

/**
 * The prerender's state (each page file's record: `incremental.ts`), kept in files of a bounded
 * share of the pages each, written only when their bytes change. One file of every page was
 * written whole on every build: about 1.5 kB a page (an article's record names ~18 data values),
 * 44 MB for one month with its people (12,093 pages), so past about 250,000 pages (a few years of
 * archive) more than the longest string the JavaScript engine can hold (~512 MB): the prerender of
 * a large archive could not keep its state at all. A share (`shareOf`) holds one paper's month, one
 * of `PEOPLE_SHARES` buckets of the person pages (by a hash of the page), or the other pages (home,
 * calendar, people index). In a file, the records' data values are listed once and named by their
 * place, as most pages of a month read the same values of the manifest and the year file.
 *
 * The prerender keeps a person's page with the other pages of its people shard instead of a
 * bucket (`PageStore`'s `shareOf`: `page-groups.ts`). A file is read only when a group of its
 * pages has to be checked (a group whose inputs did not change is kept unread: `PageStore`);
 * adding a day reads and rewrites the day's month, the shards' files of the people it names and
 * the other pages' file.
 */
export interface PrerenderState {
  pages: Record<string, PageRecord>;
  /** Each file as read, by share (a file whose bytes would not change is not written again). */
  read: Map<string, string>;
}

/** Where the state is kept (a folder of files, one per share). */
export const PRERENDER_STATE = ".cache/prerender/pages";
/** The one file earlier versions kept (read once when no folder is there, then removed). */
export const LEGACY_STATE = ".cache/prerender/state.json";

/**
 * Buckets of the person pages: at twenty years (~230,000 people) about 220 pages a file; a day names
 * ~150 people, so it rewrites ~140 of them at most.
 */
export const PEOPLE_SHARES = 1024;

const VERSION = 2;
const DATED = /^\/([^/]+)\/(\d{4}-\d{2})-\d{2}\//u;

/** The share a page file (`/rmrb/2026-10-31/1/2/index.html`, `/people/王伟/index.html`) is kept in. */
export function shareOf(file: string): string {
  const dated = DATED.exec(file);
  if (dated !== null) return `${dated[1]}-${dated[2]}`;
  if (file.startsWith("/people/") && !file.startsWith("/people/letter/") && file !== "/people/index.html") {
    const bucket = createHash("sha256").update(file).digest().readUInt32BE(0) % PEOPLE_SHARES;
    return `people-${String(bucket).padStart(4, "0")}`;
  }
  return "other";
}

/** A share's file: its pages, sorted, with their data values by place in `deps`. */
interface ShareFile {
  version: typeof VERSION;
  deps: string[];
  pages: Record<string, Omit<PageRecord, "deps"> & { deps: number[] }>;
}

export function emptyState(): PrerenderState {
  return { pages: {}, read: new Map() };
}

/** The state kept in `dir` (or in the legacy file `legacy`); none (every page rendered) when there is none. */
export async function readState(dir: string, legacy?: string): Promise<PrerenderState> {
  const state = emptyState();
  const names = await readdir(dir).catch(() => null);
  if (names === null) {
    if (legacy === undefined) return state;
    try {
      const old = JSON.parse(await readFile(legacy, "utf8")) as { version: number; pages: Record<string, PageRecord> };
      if (old.version === 1) state.pages = old.pages;
    } catch {
      // No state (first build, or the cache was deleted): every page is rendered.
    }
    return state;
  }
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const raw = await readFile(join(dir, name), "utf8");
    const pages = parseShare(raw);
    if (pages === null) continue; // A file cut short: its pages are rendered again.
    state.read.set(name.slice(0, -".json".length), raw);
    for (const [page, record] of pages) state.pages[page] = record;
  }
  return state;
}

/** A share file's pages, or null when it is not one this version reads (cut short, another version). */
function parseShare(raw: string): Map<string, PageRecord> | null {
  let file: ShareFile;
  try {
    file = JSON.parse(raw) as ShareFile;
  } catch {
    return null;
  }
  if (file.version !== VERSION) return null;
  return new Map(
    Object.entries(file.pages).map(([page, record]) => [
      page,
      { ...record, deps: record.deps.map((i) => file.deps[i]!) },
    ]),
  );
}

/** A share's file as written: its pages sorted, their data values listed once and named by place. */
function shareText(get: (page: string) => PageRecord, names: readonly string[]): string {
  const deps: string[] = [];
  const place = new Map<string, number>();
  const file: ShareFile = { version: VERSION, deps, pages: {} };
  for (const page of names) {
    const record = get(page);
    const at = record.deps.map((dep) => {
      let i = place.get(dep);
      if (i === undefined) place.set(dep, (i = deps.push(dep) - 1));
      return i;
    });
    file.pages[page] = { ...record, deps: at };
  }
  return JSON.stringify(file);
}

/**
 * The page state read a share at a time, when first asked for: a prerender that finds a group of
 * pages unchanged never reads their share's file (at twenty years ~810,000 records, over 100 MB).
 * `save` writes the shares whose pages changed (only if their bytes did) and removes the files of
 * shares left with no page. `fresh` (`--full`): the kept records are ignored, as if none were kept.
 */
export class PageStore {
  readonly stats = { read: 0, written: 0 };
  private readonly loaded = new Map<string, Map<string, PageRecord>>();
  private readonly raw = new Map<string, string>();
  private readonly dirty = new Set<string>();

  private constructor(
    private readonly dir: string,
    /** The shares that have a file. */
    private readonly onDisk: ReadonlySet<string>,
    private readonly fresh: boolean,
    private readonly legacy: string | undefined,
    /** The share a page is kept in (`shareOf`, or the prerender's grouping: `page-groups.ts`). */
    readonly shareOf: (page: string) => string,
  ) {}

  static async open(
    dir: string,
    options: { legacy?: string; fresh?: boolean; shareOf?: (page: string) => string } = {},
  ): Promise<PageStore> {
    const names = await readdir(dir).catch(() => null);
    const fresh = options.fresh === true;
    const share = options.shareOf ?? shareOf;
    if (names === null) {
      const store = new PageStore(dir, new Set(), fresh, options.legacy, share);
      if (!fresh && options.legacy !== undefined) {
        // Earlier versions' one file: taken whole once, every share then written.
        const old = await readState(dir, options.legacy);
        for (const [page, record] of Object.entries(old.pages)) store.set(page, record);
      }
      return store;
    }
    const shares = new Set(names.filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -".json".length)));
    for (const name of names) if (name.endsWith(".tmp")) await rm(join(dir, name), { force: true });
    const store = new PageStore(dir, shares, fresh, options.legacy, share);
    if (fresh) for (const share of shares) store.dirty.add(share);
    return store;
  }

  /** The shares that have a file (the page state's extent, without reading any). */
  shares(): ReadonlySet<string> {
    return this.onDisk;
  }

  /** A share's pages (its file read the first time). */
  pages(share: string): ReadonlyMap<string, PageRecord> {
    return this.share(share);
  }

  get(page: string): PageRecord | undefined {
    return this.share(this.shareOf(page)).get(page);
  }

  set(page: string, record: PageRecord): void {
    const share = this.shareOf(page);
    this.share(share).set(page, record);
    this.dirty.add(share);
  }

  /** Forgets a page's record in a share (by default the one it is kept in now). */
  delete(page: string, share = this.shareOf(page)): void {
    if (this.share(share).delete(page)) this.dirty.add(share);
  }

  /** Writes the changed shares; the files written. */
  async save(): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    for (const share of this.dirty) {
      const pages = this.share(share);
      const path = join(this.dir, `${share}.json`);
      if (pages.size === 0) {
        await rm(path, { force: true });
        continue;
      }
      const raw = shareText((page) => pages.get(page)!, [...pages.keys()].sort());
      if (this.raw.get(share) === raw) continue;
      await writeFile(`${path}.tmp`, raw);
      await rename(`${path}.tmp`, path);
      this.stats.written++;
    }
    if (this.legacy !== undefined) await rm(this.legacy, { force: true });
    return this.stats.written;
  }

  private share(share: string): Map<string, PageRecord> {
    let pages = this.loaded.get(share);
    if (pages !== undefined) return pages;
    pages = new Map();
    if (!this.fresh && this.onDisk.has(share)) {
      try {
        const raw = readFileSync(join(this.dir, `${share}.json`), "utf8");
        this.stats.read++;
        const read = parseShare(raw);
        if (read !== null) {
          pages = read;
          this.raw.set(share, raw);
        }
      } catch {
        // Gone since the folder was listed: its pages are rendered again.
      }
    }
    this.loaded.set(share, pages);
    return pages;
  }
}

/**
 * Keeps `next` in `dir`: writes each share whose file changed from `previous` (read then), removes
 * the files of shares that hold no page now (and the legacy file). Returns the files written.
 */
export async function writeState(
  dir: string,
  next: PrerenderState,
  previous: PrerenderState,
  legacy?: string,
): Promise<number> {
  const shares = new Map<string, string[]>();
  for (const page of Object.keys(next.pages).sort()) {
    const share = shareOf(page);
    const pages = shares.get(share);
    if (pages === undefined) shares.set(share, [page]);
    else pages.push(page);
  }
  await mkdir(dir, { recursive: true });
  let written = 0;
  for (const [share, pages] of shares) {
    const raw = shareText((page) => next.pages[page]!, pages);
    if (previous.read.get(share) === raw) continue;
    const path = join(dir, `${share}.json`);
    await writeFile(`${path}.tmp`, raw);
    await rename(`${path}.tmp`, path);
    written++;
  }
  for (const name of await readdir(dir))
    if (!shares.has(name.replace(/\.json(?:\.tmp)?$/u, "")) || name.endsWith(".tmp"))
      await rm(join(dir, name), { force: true });
  if (legacy !== undefined) await rm(legacy, { force: true });
  return written;
}

import { readFileSync, statSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { PeopleShard } from "../../src/bundle/schema";

/**
 * What the prerender learnt of each people shard, kept between builds: the names it holds (the
 * person pages the route table lists) and the digests of the values person pages read in it
 * (`track-reads.ts`), under the shard file's size and mtime. Shards keep fixed names, so a kept
 * entry counts only while the file is as it was (the rule `PeopleStore` keeps them by, and git's:
 * a build rewrites a shard whole, through a new file). Adding a day rewrites the shards of the
 * day's people; listing every person page and checking which changed then reads those shards
 * only, not every shard of the archive. Only the shards of this build are saved.
 *
 * Kept in a file per shard (`.cache/prerender/shards/shard-N.json`), read when the shard is first
 * asked about and written only when its entry changed: one file of every shard's entry (34 MB for
 * a month's 8,600 people, growing with the people) was read and written whole by every prerender.
 */
export const SHARD_MEMO_DIR = ".cache/prerender/shards";
/** The one file earlier versions kept (removed: its shards are read once more). */
const LEGACY_FILE = ".json";

interface Entry {
  size: number;
  mtimeMs: number;
  names?: string[];
  digests: Record<string, string>;
}

/** A bundle file that keeps its name as its content changes and whose values person pages read. */
const SHARD = /^people\/shard-\d+\.json$/u;

export class ShardMemo {
  readonly stats = { kept: 0, read: 0 };
  private readonly used = new Map<string, Entry>();
  /** Each shard's kept file as read (null: none, or unreadable). */
  private readonly raw = new Map<string, string | null>();

  private constructor(
    private readonly dir: string,
    private readonly dataDir: string,
  ) {}

  /** The memo kept in the folder `dir` for the bundle in `dataDir`. */
  static async open(dir: string, dataDir: string): Promise<ShardMemo> {
    return new ShardMemo(dir, dataDir);
  }

  /** The names a shard holds, if kept for the file as it is; else undefined (the caller reads it and tells `noteNames`). */
  names(file: string): string[] | undefined {
    const names = this.entry(file)?.names;
    if (names === undefined) return undefined;
    this.stats.kept++;
    return names;
  }

  noteNames(file: string, names: string[]): void {
    const entry = this.entry(file);
    if (entry === undefined) return;
    entry.names = names;
    this.stats.read++;
  }

  /** The names of each of `shards` (by file), kept or read (and then kept), for the route table (`PrerenderBundle.people.names`). */
  namesOf(shards: ReadonlyMap<string, PeopleShard>): { get: (file: string) => string[] } {
    return {
      get: (file) => {
        const kept = this.names(file);
        if (kept !== undefined) return kept;
        const read = shards.get(file)!.people.map((p) => p.name);
        this.noteNames(file, read);
        return read;
      },
    };
  }

  /** A digest kept for a value read in this shard (`id`: `track-reads.ts`'s), if the file is as it was. */
  digest(file: string, id: string): string | undefined {
    return this.entry(file)?.digests[id];
  }

  /** The shard file's size and mtime as it is now (the digests kept count while they are the same). */
  stamp(file: string): string | undefined {
    const entry = this.entry(file);
    return entry === undefined ? undefined : `${entry.size} ${entry.mtimeMs}`;
  }

  noteDigest(file: string, id: string, digest: string): void {
    const entry = this.entry(file);
    if (entry !== undefined) entry.digests[id] = digest;
  }

  /** Saves the entries of the shards this build saw (those that changed), and forgets the others; the files written. */
  async save(): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    let written = 0;
    const names = new Set<string>();
    for (const [file, entry] of this.used) {
      const name = basename(file);
      names.add(name);
      const text = JSON.stringify(entry);
      if (this.raw.get(file) === text) continue;
      const temp = join(this.dir, `${name}.${process.pid}.tmp`);
      await writeFile(temp, text);
      await rename(temp, join(this.dir, name));
      written++;
    }
    for (const name of await readdir(this.dir)) if (!names.has(name)) await rm(join(this.dir, name), { force: true });
    await rm(`${this.dir}${LEGACY_FILE}`, { force: true });
    return written;
  }

  /** The entry kept for a shard file, read from its own file the first time. */
  private kept(file: string): Entry | undefined {
    let raw = this.raw.get(file);
    if (raw === undefined) {
      try {
        raw = readFileSync(join(this.dir, basename(file)), "utf8");
      } catch {
        raw = null; // None kept yet: the shard is read once.
      }
      this.raw.set(file, raw);
    }
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as Entry;
    } catch {
      return undefined; // Cut short: the shard is read once more.
    }
  }

  /** This build's entry for a shard file (the kept one when the file is as it was, else an empty one); none for other files. */
  private entry(file: string): Entry | undefined {
    if (!SHARD.test(file)) return undefined;
    const used = this.used.get(file);
    if (used !== undefined) return used;
    let there: { size: number; mtimeMs: number };
    try {
      there = statSync(join(this.dataDir, file));
    } catch {
      return undefined;
    }
    const kept = this.kept(file);
    const entry =
      kept !== undefined && kept.size === there.size && kept.mtimeMs === there.mtimeMs
        ? kept
        : { size: there.size, mtimeMs: there.mtimeMs, digests: {} };
    this.used.set(file, entry);
    return entry;
  }
}

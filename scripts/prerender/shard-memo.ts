import { statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PeopleShard } from "../../src/bundle/schema";

/**
 * What the prerender learnt of each people shard, kept between builds: the names it holds (the
 * person pages the route table lists) and the digests of the values person pages read in it
 * (`track-reads.ts`), under the shard file's size and mtime. Shards keep fixed names, so a kept
 * entry counts only while the file is as it was (the rule `PeopleStore` keeps them by, and git's:
 * a build rewrites a shard whole, through a new file). Adding a day rewrites the shards of the
 * day's people; listing every person page and checking which changed then reads those shards
 * only, not every shard of the archive. Only the shards of this build are saved.
 */
export const SHARD_MEMO_FILE = ".cache/prerender/shards.json";

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

  private constructor(
    private readonly path: string,
    private readonly dataDir: string,
    private readonly known: ReadonlyMap<string, Entry>,
  ) {}

  static async open(path: string, dataDir: string): Promise<ShardMemo> {
    let known = new Map<string, Entry>();
    try {
      known = new Map(Object.entries(JSON.parse(await readFile(path, "utf8")) as Record<string, Entry>));
    } catch {
      // None kept yet (or unreadable): every shard is read once.
    }
    return new ShardMemo(path, dataDir, known);
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

  noteDigest(file: string, id: string, digest: string): void {
    const entry = this.entry(file);
    if (entry !== undefined) entry.digests[id] = digest;
  }

  /** Saves the entries of the shards this build saw. */
  async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(Object.fromEntries(this.used)));
    await rename(temp, this.path);
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
    const kept = this.known.get(file);
    const entry =
      kept !== undefined && kept.size === there.size && kept.mtimeMs === there.mtimeMs
        ? kept
        : { size: there.size, mtimeMs: there.mtimeMs, digests: {} };
    this.used.set(file, entry);
    return entry;
  }
}

import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { peopleShardFileName } from "@/bundle/data-files";
import { personBucket } from "@/bundle/person-bucket";
import type { Issue, PersonDetail } from "@/bundle/schema";
import { issueContribution, personEntry, type NameContribution, type SortedSummary } from "./build-people-index";
import type { IndexFile, IndexRecord, IndexSource, PeopleChange } from "./people-index-files";
import { detailBytes, SHARD_TARGET_BYTES, shardCountFor, shardOrder } from "./person-shards";
import { fileGroup, listDigest } from "../cache/output-journal";

/**
 * The people index kept up to date issue by issue, so that adding a day costs what the day names,
 * not what the archive holds. What the last build made of the people is kept beside the build's
 * cache, for one output folder:
 * - per issue file (content-hashed, so a changed issue is a new file): the names it mentions;
 * - per name: what each issue that mentions it contributes (its mentions with their sentences,
 *   who is named beside it how often: `issueContribution`), in a file per month (`fileGroup`) in
 *   the archive's order, and a small head listing the months and their counts: a day rewrites the
 *   head and its own month's file of each name it mentions, not the name's older months (they are
 *   read, as the details are made from every mention);
 * - per shard (a bucket of names, `personBucket`, as the shards are): each person's summary and the
 *   bytes of their details, so a day reads and writes the buckets of the names it mentions only;
 * - `state.json`, small: how many people and details' bytes (which size the shards), the size and
 *   mtime of each shard file it left, and the build's issue files by month (`fileGroup`: an issue
 *   month of a paper), each month's count and digest, its list in `issue-lists/`; a build reads and
 *   writes the lists of the months whose issues changed only (version 2 listed every issue file in
 *   `state.json`, read and written whole on every build: it is read once and written as months);
 * - `index.json`: what the build wrote of the people index (`IndexRecord`), to cut it again around
 *   the changed people only (`planPeopleIndex`).
 * A build compares its issue files with the state's: the names of the issues added or gone are the
 * ones whose details are made again (`personEntry`, from their kept contributions), and only the
 * shards holding them are made again, from the shard file in the output and those details; when
 * the details outgrow the shard count (it doubles), every shard and bucket is made again once.
 * Everyone's summary is read (from the buckets) only when the index is cut from everyone.
 * Every step is a function of the set of issues, so the result is the one a build from scratch
 * gives (`buildPeopleIndex`, `personShards`), byte for byte. A state that does not match the output
 * (a shard file changed or gone, a kept file missing) is dropped and everything made again.
 */

/** An issue of the build: its bundle file, and how to read it (only issues new to the state are read). */
export interface IssueSource {
  file: string;
  load: () => Promise<Issue>;
}

export interface PeopleUpdate {
  peopleCount: number;
  shardCount: number;
  /** The shards to write (their details in shard order), by number. */
  shards: Map<number, PersonDetail[]>;
  /** The shards left as they are in the output, by number: their bytes. */
  kept: Map<number, number>;
  /** The people whose summary this build made (new, changed, gone). */
  changes: PeopleChange[];
  /** What the index is cut from: the last build's record, and everyone on demand. */
  index: IndexSource;
  /** Issues read, names whose details were made again. */
  stats: { issuesRead: number; namesMade: number; reset: boolean };
}

interface State {
  version: typeof STATE_VERSION;
  /** The build's issue files by month: how many, and the digest of their sorted list (its file: `issueListPath`). */
  months: Record<string, [number, string]>;
  peopleCount: number;
  /** The bytes of everyone's details (the shard count follows them). */
  detailBytes: number;
  shardCount: number;
  /** Each shard file the build left: [size, mtimeMs]. */
  shards: [number, number][];
}

/** A bucket of people (those of one shard): name → summary with its sort key, bytes of the details. */
type Bucket = Map<string, [SortedSummary, number]>;

/** What versions 2 and 3 kept of a name: every issue's contribution, in one file under `names/` (`convertNames`). */
interface NameFile {
  name: string;
  entries: [string, NameContribution][];
}

/**
 * A person's record: which months (`fileGroup`) hold their contributions, and how many issues each
 * (its file: `chunkPath`, the contributions of that month's issues in the archive's order).
 */
interface PersonHead {
  name: string;
  chunks: [string, number][];
}

/**
 * 4: each name's contributions in a file per month beside a small head (3 kept them in one file a
 * name, read and written whole whenever a day named it: converted once, `convertNames`);
 * 3: the issue files in month lists (2 listed them all in `state.json`: read as it is, `readState`);
 * 2: the people in buckets beside a small state, and the index's record (1 held everyone in `state.json`).
 */
const STATE_VERSION = 4;
/** Name files read and written at once: enough to keep the disk and libuv's threads busy. */
const FILES_AT_ONCE = 16;
const EMPTY: State = { version: STATE_VERSION, months: {}, peopleCount: 0, detailBytes: 0, shardCount: 0, shards: [] };

/** A state as read: with every issue file when an older version listed them all (`issues`). */
type ReadState = State & { issues?: string[]; legacyNames?: boolean };

export class PeopleStore {
  private pending: {
    state: Omit<State, "shards">;
    /** The month lists to write (changed, or all after an older state), and those to remove. */
    months: Map<string, string[]>;
    goneMonths: string[];
    /** Buckets to write; all of them when the shard count changed (`all`). */
    buckets: Map<number, Bucket>;
    all: boolean;
    /** The last build's shard files ([size, mtimeMs]), for those this build keeps. */
    shards: [number, number][];
  } | null = null;

  private constructor(
    /** Where the store keeps its files. */
    private readonly dir: string,
    /** The bundle's data folder, where the shard files are. */
    private readonly outDir: string,
    private readonly targetBytes: number,
  ) {}

  /** The store in `cacheDir` for the bundle in `outDir` (a folder per output folder). */
  static open(cacheDir: string, outDir: string, targetBytes = SHARD_TARGET_BYTES): PeopleStore {
    const id = createHash("sha256").update(outDir).digest("hex").slice(0, 16);
    return new PeopleStore(join(cacheDir, "people", id), outDir, targetBytes);
  }

  /** The people of the issues `sources` (in the archive's order), made from what changed since the last build. */
  async update(sources: readonly IssueSource[]): Promise<PeopleUpdate> {
    let state = await this.readState();
    let reset = state === null || !this.shardsIntact(state);
    if (reset) state = await this.reset();
    else if (state!.legacyNames === true) await this.convertNames();
    let made = await this.apply(state!, sources, reset);
    if (made === null) {
      // A kept file the state needs is missing: everything again, from the issues.
      reset = true;
      made = await this.apply(await this.reset(), sources, reset);
      if (made === null) throw new Error("people store: a file written by this build is missing");
    }
    const record = reset ? null : await this.readRecord();
    return { ...made, index: { ...made.index, record }, stats: { ...made.stats, reset } };
  }

  private async apply(
    state: ReadState,
    sources: readonly IssueSource[],
    reset: boolean,
  ): Promise<(Omit<PeopleUpdate, "stats"> & { stats: { issuesRead: number; namesMade: number } }) | null> {
    const order = new Map(sources.map((s, i) => [s.file, i]));
    // The issues added and gone, month by month: only the months whose lists changed are read.
    const months = new Map<string, string[]>();
    for (const { file } of sources) {
      const month = fileGroup(file);
      let list = months.get(month);
      if (list === undefined) months.set(month, (list = []));
      list.push(file);
    }
    const digests = new Map<string, string>();
    for (const [month, list] of months) digests.set(month, listDigest(list.sort()));
    const older = state.issues === undefined ? null : groupList(state.issues);
    const added: IssueSource[] = [];
    const removed: string[] = [];
    const changedMonths = new Map<string, string[]>();
    for (const month of new Set([...months.keys(), ...Object.keys(state.months)])) {
      const now = months.get(month) ?? [];
      if (older === null && state.months[month]?.[1] === digests.get(month)) continue;
      const was = older !== null ? (older.get(month) ?? []) : await this.readMonth(state, month);
      if (was === null) return null;
      if (now.length > 0) changedMonths.set(month, now);
      const had = new Set(was);
      const has = new Set(now);
      for (const file of now) if (!had.has(file)) added.push(sources[order.get(file)!]!);
      for (const file of was) if (!has.has(file)) removed.push(file);
    }
    added.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
    const touched = new Map<string, { add: [string, NameContribution][]; drop: Set<string> }>();
    const touch = (name: string) => {
      let change = touched.get(name);
      if (change === undefined) touched.set(name, (change = { add: [], drop: new Set() }));
      return change;
    };
    for (const file of removed) {
      const names = await this.read<string[]>(this.issuePath(file));
      if (names === null) return null;
      for (const name of names) touch(name).drop.add(file);
    }
    for (const source of added) {
      const contribution = issueContribution(await source.load());
      await this.write(this.issuePath(source.file), [...contribution.keys()]);
      for (const [name, made] of contribution) touch(name).add.push([source.file, made]);
    }

    // The buckets of the names touched, as the last build left them.
    const oldBuckets = new Map<number, Bucket>();
    for (const name of touched.keys()) {
      if (state.shardCount === 0) break;
      const n = personBucket(name, state.shardCount);
      if (oldBuckets.has(n)) continue;
      const bucket = await this.readBucket(n);
      if (bucket === null) return null;
      oldBuckets.set(n, bucket);
    }
    const was = (name: string) =>
      state.shardCount === 0 ? undefined : oldBuckets.get(personBucket(name, state.shardCount))!.get(name);
    const now = new Map<string, [SortedSummary, number] | null>();
    const details = new Map<string, PersonDetail>();
    let missing = false;
    const remake = async (name: string, change: { add: [string, NameContribution][]; drop: Set<string> }) => {
      const head = reset ? null : await this.read<PersonHead>(this.headPath(name));
      if (head === null && was(name) !== undefined) {
        missing = true;
        return;
      }
      // The months the day touches are made again; the others are read (for the details) as they are.
      const chunks = new Map<string, [string, NameContribution][]>();
      for (const [month, count] of head?.chunks ?? []) {
        const chunk = await this.read<[string, NameContribution][]>(this.chunkPath(name, month));
        if (chunk === null || chunk.length !== count) {
          missing = true;
          return;
        }
        chunks.set(month, chunk);
      }
      const touchedMonths = new Set([...change.add.map(([file]) => file), ...change.drop].map(fileGroup));
      const replaced = new Set(change.add.map(([file]) => file));
      let headChanged = head === null;
      for (const month of new Set([...chunks.keys(), ...touchedMonths])) {
        const old = chunks.get(month) ?? [];
        const kept = old.filter(([file]) => !change.drop.has(file) && !replaced.has(file) && order.has(file));
        if (!touchedMonths.has(month) && kept.length === old.length) continue;
        const entries = kept
          .concat(change.add.filter(([file]) => fileGroup(file) === month))
          .sort((a, b) => order.get(a[0])! - order.get(b[0])!);
        headChanged = true;
        if (entries.length === 0) {
          chunks.delete(month);
          await rm(this.chunkPath(name, month), { force: true });
        } else {
          chunks.set(month, entries);
          await this.write(this.chunkPath(name, month), entries);
        }
      }
      const entries = [...chunks.values()].flat().sort((a, b) => order.get(a[0])! - order.get(b[0])!);
      if (entries.length === 0) {
        now.set(name, null);
        await rm(this.personDir(name), { recursive: true, force: true });
        return;
      }
      const together = new Map<string, number>();
      for (const [, made] of entries)
        for (const [other, n] of made.together) together.set(other, (together.get(other) ?? 0) + n);
      const { summary, detail } = personEntry(
        name,
        entries.flatMap(([, made]) => made.mentions),
        together,
      );
      now.set(name, [summary, detailBytes(detail)]);
      details.set(name, detail);
      if (headChanged)
        await this.write(this.headPath(name), {
          name,
          chunks: [...chunks]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([month, list]) => [month, list.length]),
        } satisfies PersonHead);
    };
    // The names' files are read and written a few at a time (the disk works while the next name is made).
    const queue = [...touched];
    const worker = async () => {
      for (let next = queue.pop(); next !== undefined && !missing; next = queue.pop()) await remake(...next);
    };
    await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
    if (missing) return null;

    let peopleCount = state.peopleCount;
    let total = state.detailBytes;
    const changes: PeopleChange[] = [];
    for (const [name, after] of now) {
      const old = was(name);
      if (old !== undefined) [peopleCount, total] = [peopleCount - 1, total - old[1]];
      if (after !== null) [peopleCount, total] = [peopleCount + 1, total + after[1]];
      if (old !== undefined || after !== null) changes.push({ before: old?.[0] ?? null, after: after?.[0] ?? null });
    }
    const shardCount = shardCountFor(total, this.targetBytes);
    const sameCount = shardCount === state.shardCount;
    // The buckets after this build: the touched ones, or (the count changed) all of them, made again.
    let buckets = oldBuckets;
    if (!sameCount) {
      const everyone: Bucket = new Map();
      for (let n = 0; n < state.shardCount; n++) {
        const bucket = oldBuckets.get(n) ?? (await this.readBucket(n));
        if (bucket === null) return null;
        for (const [name, entry] of bucket) everyone.set(name, entry);
      }
      buckets = new Map(Array.from({ length: shardCount }, (_, n) => [n, new Map()]));
      for (const [name, entry] of everyone)
        if (!now.has(name)) buckets.get(personBucket(name, shardCount))!.set(name, entry);
    }
    for (const [name, after] of now) {
      const bucket = buckets.get(personBucket(name, shardCount))!;
      if (after === null) bucket.delete(name);
      else bucket.set(name, after);
    }
    const dirty = new Set(buckets.keys());

    // Details of people not made again come from the shard files the last build left.
    const known = new Map<string, PersonDetail>(details);
    const oldShards = sameCount ? [...dirty] : Array.from({ length: state.shardCount }, (_, n) => n);
    for (const n of oldShards) {
      if (n >= state.shardCount) continue;
      const shard = await this.read<{ people: PersonDetail[] }>(join(this.outDir, peopleShardFileName(n)));
      if (shard === null) return null;
      for (const detail of shard.people) if (!known.has(detail.name)) known.set(detail.name, detail);
    }
    const shards = new Map<number, PersonDetail[]>();
    for (const [n, bucket] of buckets) {
      const shard: PersonDetail[] = [];
      for (const name of bucket.keys()) {
        const detail = known.get(name);
        if (detail === undefined) return null;
        shard.push(detail);
      }
      shards.set(n, shardOrder(shard));
    }
    const kept = new Map<number, number>();
    for (let n = 0; n < shardCount; n++) if (!dirty.has(n)) kept.set(n, state.shards[n]![0]);

    this.pending = {
      state: {
        version: STATE_VERSION,
        months: Object.fromEntries(
          [...months].sort().map(([month, list]) => [month, [list.length, digests.get(month)!]]),
        ),
        peopleCount,
        detailBytes: total,
        shardCount,
      },
      months: changedMonths,
      goneMonths: Object.keys(state.months).filter((month) => !months.has(month)),
      buckets,
      all: !sameCount,
      shards: state.shards,
    };
    const everyone = async (): Promise<SortedSummary[]> => {
      const all: SortedSummary[] = [];
      for (let n = 0; n < shardCount; n++) {
        const bucket = buckets.get(n) ?? (await this.readBucket(n));
        if (bucket === null) throw new Error(`people store: bucket ${n} is missing`);
        for (const [summary] of bucket.values()) all.push(summary);
      }
      return all;
    };
    return {
      peopleCount,
      shardCount,
      shards,
      kept,
      changes,
      index: { record: null, everyone, read: (file) => this.read(join(this.outDir, file)).then(found(file)) },
      stats: { issuesRead: added.length, namesMade: details.size },
    };
  }

  /** After the build wrote what `update` gave: remembers this build's state and the index's record. */
  async commit(record: IndexRecord | null): Promise<void> {
    if (this.pending === null) throw new Error("people store: commit before update");
    const { state, buckets, all } = this.pending;
    // Without a state the store starts over: a build stopped while committing leaves none.
    await rm(join(this.dir, "state.json"), { force: true });
    if (all) await rm(join(this.dir, "buckets"), { recursive: true, force: true });
    const queue = [...buckets];
    const worker = async () => {
      for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        const [n, bucket] = next;
        await this.write(
          this.bucketPath(n),
          [...bucket]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([name, [summary, bytes]]) => [name, summary, bytes]),
        );
      }
    };
    await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
    for (const month of this.pending.goneMonths) await rm(this.monthPath(month), { force: true });
    for (const [month, list] of this.pending.months) await this.write(this.monthPath(month), list);
    if (record === null) await rm(join(this.dir, "index.json"), { force: true });
    else await this.write(join(this.dir, "index.json"), record);
    // The shards kept are as the last build left them; only those written are looked at again.
    const shards: [number, number][] = [];
    for (let n = 0; n < state.shardCount; n++) {
      const kept = all || buckets.has(n) ? undefined : this.pending.shards[n];
      if (kept !== undefined) {
        shards.push(kept);
        continue;
      }
      const there = await stat(join(this.outDir, peopleShardFileName(n)));
      shards.push([there.size, there.mtimeMs]);
    }
    await this.write(join(this.dir, "state.json"), { ...state, shards } satisfies State);
    this.pending = null;
  }

  /** The index's record of the last build, if every file it names is in the output with its bytes. */
  private async readRecord(): Promise<IndexRecord | null> {
    const record = await this.read<IndexRecord>(join(this.dir, "index.json"));
    if (record === null) return null;
    const files: IndexFile[] = [
      ...record.letters.flatMap((letter) => [letter.file, ...letter.parts]),
      ...record.pieces,
      ...(record.filter ?? []).flat(),
    ];
    // Synchronous stats: thousands at twenty years, each a third of what one through a promise costs.
    for (const { file, bytes } of files)
      if (statSync(join(this.outDir, file), { throwIfNoEntry: false })?.size !== bytes) return null;
    return record;
  }

  private async readBucket(n: number): Promise<Bucket | null> {
    const entries = await this.read<[string, SortedSummary, number][]>(this.bucketPath(n));
    return entries === null ? null : new Map(entries.map(([name, summary, bytes]) => [name, [summary, bytes]]));
  }

  private bucketPath(n: number): string {
    return join(this.dir, "buckets", `${n}.json`);
  }

  /** Every shard file the state counts on is in the output as the last build left it. */
  private shardsIntact(state: State): boolean {
    if (state.shards.length !== state.shardCount) return false;
    for (let n = 0; n < state.shardCount; n++) {
      const there = statSync(join(this.outDir, peopleShardFileName(n)), { throwIfNoEntry: false });
      const [size, mtimeMs] = state.shards[n]!;
      if (there?.size !== size || there.mtimeMs !== mtimeMs) return false;
    }
    return true;
  }

  private async reset(): Promise<State> {
    await rm(this.dir, { recursive: true, force: true });
    return structuredClone(EMPTY);
  }

  /** The state the last build left; version 2's (every issue file in it) is read as it is, and written as months by this build. */
  private async readState(): Promise<ReadState | null> {
    const state = await this.read<ReadState & { version: number }>(join(this.dir, "state.json"));
    if (state?.version === STATE_VERSION) return state;
    if (state?.version === 3) return { ...state, version: STATE_VERSION, legacyNames: true };
    if (state?.version === 2 && Array.isArray(state.issues)) {
      process.stderr.write(
        `folio: people store ${this.dir} is of version 2: its issue list is kept as month lists from this build on\n`,
      );
      return { ...state, version: STATE_VERSION, months: {}, legacyNames: true };
    }
    return null;
  }

  /** A month's issue files as the last build left them; null when its list is gone or is not the one the state knows. */
  private async readMonth(state: State, month: string): Promise<string[] | null> {
    const known = state.months[month];
    if (known === undefined) return [];
    const list = await this.read<string[]>(this.monthPath(month));
    return list !== null && list.length === known[0] && listDigest(list) === known[1] ? list : null;
  }

  private monthPath(month: string): string {
    return join(this.dir, "issue-lists", `${month.replaceAll("/", "~")}.json`);
  }

  /**
   * Versions 2 and 3 kept a name's contributions in one file: each is split into its months here
   * (nothing is made again, no issue read), then removed; a build stopped half way converts the
   * rest next time.
   */
  private async convertNames(): Promise<void> {
    const dir = join(this.dir, "names");
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && e.name.endsWith(".json"))
      .map((e) => join(e.parentPath, e.name));
    if (files.length > 0)
      process.stderr.write(
        `folio: people store ${this.dir} is of version 3 or older: splitting its ${files.length} name files into months (once, nothing rebuilt)\n`,
      );
    const queue = [...files];
    const worker = async () => {
      for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
        const kept = await this.read<NameFile>(path);
        if (kept !== null) {
          const months = new Map<string, [string, NameContribution][]>();
          for (const entry of kept.entries) {
            const month = fileGroup(entry[0]);
            const list = months.get(month);
            if (list === undefined) months.set(month, [entry]);
            else list.push(entry);
          }
          for (const [month, list] of months) await this.write(this.chunkPath(kept.name, month), list);
          await this.write(this.headPath(kept.name), {
            name: kept.name,
            chunks: [...months]
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([month, list]) => [month, list.length]),
          } satisfies PersonHead);
        }
        await rm(path, { force: true });
      }
    };
    await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
    await rm(dir, { recursive: true, force: true });
  }

  private issuePath(file: string): string {
    const h = createHash("sha256").update(file).digest("hex");
    return join(this.dir, "issues", h.slice(0, 2), `${h.slice(2, 24)}.json`);
  }

  /** A person's folder: their head and a file per month. */
  private personDir(name: string): string {
    const h = createHash("sha256").update(name).digest("hex");
    return join(this.dir, "persons", h.slice(0, 2), h.slice(2, 24));
  }

  private headPath(name: string): string {
    return join(this.personDir(name), "head.json");
  }

  private chunkPath(name: string, month: string): string {
    return join(this.personDir(name), `${month.replaceAll("/", "~")}.json`);
  }

  private async read<T>(path: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(path, "utf8")) as T;
    } catch {
      return null;
    }
  }

  /** Written whole or not at all (a temporary file renamed over it). */
  private async write(path: string, value: unknown): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, path);
  }
}

/** Files by their month (`fileGroup`), each list sorted. */
function groupList(files: readonly string[]): Map<string, string[]> {
  const months = new Map<string, string[]>();
  for (const file of files) {
    const month = fileGroup(file);
    let list = months.get(month);
    if (list === undefined) months.set(month, (list = []));
    list.push(file);
  }
  for (const list of months.values()) list.sort();
  return months;
}

/** A file of the output the index needs: refused when it is not there. */
function found(file: string): (value: unknown) => unknown {
  return (value) => {
    if (value === null) throw new Error(`people index: ${file} is missing`);
    return value;
  };
}

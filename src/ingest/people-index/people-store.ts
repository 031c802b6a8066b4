import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { peopleShardFileName } from "@/bundle/data-files";
import { personBucket } from "@/bundle/person-bucket";
import type { Issue, PersonDetail, PersonSummary } from "@/bundle/schema";
import {
  issueContribution,
  personEntry,
  sortedSummaries,
  type NameContribution,
  type SortedSummary,
} from "./build-people-index";
import { detailBytes, SHARD_TARGET_BYTES, shardCountFor, shardOrder } from "./person-shards";

/**
 * The people index kept up to date issue by issue, so that adding a day costs what the day names,
 * not what the archive holds. What the last build made of the people is kept beside the build's
 * cache, for one output folder:
 * - per issue file (content-hashed, so a changed issue is a new file): the names it mentions;
 * - per name: what each issue that mentions it contributes (its mentions with their sentences,
 *   who is named beside it how often: `issueContribution`), in the archive's order;
 * - `state.json`: the issue files of the build, every person's summary and the bytes of their
 *   details (which size the shards), and the size and mtime of each shard file it left.
 * A build compares its issue files with the state's: the names of the issues added or gone are the
 * ones whose details are made again (`personEntry`, from their kept contributions), and only the
 * shards holding them are made again, from the shard file in the output and those details; when
 * the details outgrow the shard count (it doubles), every shard is made again once. The summaries
 * of everyone are in the state, so the index files are cut from them without reading an issue.
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
  /** Everyone, in the index's order. */
  people: PersonSummary[];
  shardCount: number;
  /** The shards to write (their details in shard order), by number. */
  shards: Map<number, PersonDetail[]>;
  /** The shards left as they are in the output, by number: their bytes. */
  kept: Map<number, number>;
  /** Issues read, names whose details were made again. */
  stats: { issuesRead: number; namesMade: number; reset: boolean };
}

interface State {
  version: typeof STATE_VERSION;
  issues: string[];
  /** Name → summary with its sort key, bytes of the details. */
  people: [string, SortedSummary, number][];
  shardCount: number;
  /** Each shard file the build left: [size, mtimeMs]. */
  shards: [number, number][];
}

interface NameFile {
  name: string;
  entries: [string, NameContribution][];
}

const STATE_VERSION = 1;
/** Name files read and written at once: enough to keep the disk and libuv's threads busy. */
const FILES_AT_ONCE = 16;
const EMPTY: State = { version: STATE_VERSION, issues: [], people: [], shardCount: 0, shards: [] };

export class PeopleStore {
  private pending: { issues: string[]; people: Map<string, [SortedSummary, number]>; shardCount: number } | null = null;

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
    let reset = state === null || !(await this.shardsIntact(state));
    if (reset) state = await this.reset();
    let made = await this.apply(state!, sources, reset);
    if (made === null) {
      // A kept file the state needs is missing: everything again, from the issues.
      reset = true;
      made = await this.apply(await this.reset(), sources, reset);
      if (made === null) throw new Error("people store: a file written by this build is missing");
    }
    return { ...made, stats: { ...made.stats, reset } };
  }

  private async apply(
    state: State,
    sources: readonly IssueSource[],
    reset: boolean,
  ): Promise<(Omit<PeopleUpdate, "stats"> & { stats: { issuesRead: number; namesMade: number } }) | null> {
    const order = new Map(sources.map((s, i) => [s.file, i]));
    const before = new Set(state.issues);
    const added = sources.filter((s) => !before.has(s.file));
    const removed = state.issues.filter((f) => !order.has(f));
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

    const people = new Map(
      state.people.map(([name, summary, bytes]) => [name, [summary, bytes] as [SortedSummary, number]]),
    );
    const details = new Map<string, PersonDetail>();
    let missing = false;
    const remake = async (name: string, change: { add: [string, NameContribution][]; drop: Set<string> }) => {
      const path = this.namePath(name);
      const kept = reset ? null : await this.read<NameFile>(path);
      if (kept === null && people.has(name)) {
        missing = true;
        return;
      }
      const replaced = new Set(change.add.map(([file]) => file));
      const entries = (kept?.entries ?? [])
        .filter(([file]) => !change.drop.has(file) && !replaced.has(file) && order.has(file))
        .concat(change.add)
        .sort((a, b) => order.get(a[0])! - order.get(b[0])!);
      if (entries.length === 0) {
        people.delete(name);
        await rm(path, { force: true });
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
      people.set(name, [summary, detailBytes(detail)]);
      details.set(name, detail);
      await this.write(path, { name, entries } satisfies NameFile);
    };
    // The names' files are read and written a few at a time (the disk works while the next name is made).
    const queue = [...touched];
    const worker = async () => {
      for (let next = queue.pop(); next !== undefined && !missing; next = queue.pop()) await remake(...next);
    };
    await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
    if (missing) return null;

    let total = 0;
    for (const [, bytes] of people.values()) total += bytes;
    const shardCount = shardCountFor(total, this.targetBytes);
    const sameCount = shardCount === state.shardCount;
    const dirty = new Set<number>();
    if (sameCount) for (const name of touched.keys()) dirty.add(personBucket(name, shardCount));
    else for (let n = 0; n < shardCount; n++) dirty.add(n);
    // Details of people not made again come from the shard files the last build left.
    const known = new Map<string, PersonDetail>(details);
    const oldShards = sameCount ? [...dirty] : Array.from({ length: state.shardCount }, (_, n) => n);
    for (const n of oldShards) {
      if (n >= state.shardCount) continue;
      const shard = await this.read<{ people: PersonDetail[] }>(join(this.outDir, peopleShardFileName(n)));
      if (shard === null) return null;
      for (const detail of shard.people)
        if (!known.has(detail.name) && people.has(detail.name)) known.set(detail.name, detail);
    }
    const shards = new Map<number, PersonDetail[]>([...dirty].map((n) => [n, []]));
    for (const name of people.keys()) {
      const n = personBucket(name, shardCount);
      const shard = shards.get(n);
      if (shard === undefined) continue;
      const detail = known.get(name);
      if (detail === undefined) return null;
      shard.push(detail);
    }
    for (const shard of shards.values()) shardOrder(shard);
    const kept = new Map<number, number>();
    for (let n = 0; n < shardCount; n++) if (!dirty.has(n)) kept.set(n, state.shards[n]![0]);

    this.pending = { issues: sources.map((s) => s.file), people, shardCount };
    return {
      people: sortedSummaries([...people.values()].map(([summary]) => ({ ...summary }))),
      shardCount,
      shards,
      kept,
      stats: { issuesRead: added.length, namesMade: details.size },
    };
  }

  /** After the build wrote the shards `update` gave: remembers this build's state. */
  async commit(): Promise<void> {
    if (this.pending === null) throw new Error("people store: commit before update");
    const { issues, people, shardCount } = this.pending;
    const shards: [number, number][] = [];
    for (let n = 0; n < shardCount; n++) {
      const there = await stat(join(this.outDir, peopleShardFileName(n)));
      shards.push([there.size, there.mtimeMs]);
    }
    const state: State = {
      version: STATE_VERSION,
      issues,
      people: [...people].map(([name, [summary, bytes]]) => [name, summary, bytes]),
      shardCount,
      shards,
    };
    await this.write(join(this.dir, "state.json"), state);
    this.pending = null;
  }

  /** Every shard file the state counts on is in the output as the last build left it. */
  private async shardsIntact(state: State): Promise<boolean> {
    if (state.shards.length !== state.shardCount) return false;
    for (let n = 0; n < state.shardCount; n++) {
      const there = await stat(join(this.outDir, peopleShardFileName(n))).catch(() => null);
      const [size, mtimeMs] = state.shards[n]!;
      if (there?.size !== size || there.mtimeMs !== mtimeMs) return false;
    }
    return true;
  }

  private async reset(): Promise<State> {
    await rm(this.dir, { recursive: true, force: true });
    return structuredClone(EMPTY);
  }

  private async readState(): Promise<State | null> {
    const state = await this.read<State>(join(this.dir, "state.json"));
    return state?.version === STATE_VERSION ? state : null;
  }

  private issuePath(file: string): string {
    const h = createHash("sha256").update(file).digest("hex");
    return join(this.dir, "issues", h.slice(0, 2), `${h.slice(2, 24)}.json`);
  }

  private namePath(name: string): string {
    const h = createHash("sha256").update(name).digest("hex");
    return join(this.dir, "names", h.slice(0, 2), `${h.slice(2, 24)}.json`);
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

import { readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PreviewCard } from "../../src/app/lib/preview-image";
import { inputKey, type PageRecord } from "./incremental";
import { shareOf, type PageStore } from "./page-state";
import { fileOfDep, isWholeOnly } from "./track-reads";

/**
 * The prerender checks its pages a group at a time, so that a build costs what changed, not the
 * archive: a day's issue (every page under `/<paper>/<date>/`), the person pages of one people
 * shard (the file their data is in; `grouping`), or the other pages (home, calendar, people index,
 * search). A group's record names the app (`appKey`), the group's pages (their files, paths and
 * statuses as the route table lists them: `listKey`) and each data file its pages read
 * (`track-reads.ts`) with a digest of the whole file: a content-hashed file by its name, a people
 * shard by its size and mtime, any other by its content. A file that keeps its name and changes
 * with every new day (the manifest, a year file, the people directory) is shared by many groups
 * and read only at a few places by each: for those the record also keeps the values its pages read
 * there and their digest. A group is unchanged when the app and its list are and each of its files
 * is as it was whole, or (for a shared file) gives the same values where its pages read it. A
 * page's own key covers the app, its path and status and its own dependencies, a part of the
 * group's: when the group is unchanged no page's key can have changed, and its pages are kept
 * without reading their records (`PageStore`) or looking at their files. A group that changed, or
 * is new, has each page checked as before (`updatePages`); its pages the route table no longer
 * lists are removed, and so are the pages of groups gone from it.
 *
 * A kept page is not looked at in `dist/`, so the groups' records name the `dist/` they were
 * written into (`stamp`: the vite build's): after a vite build every page is checked again.
 *
 * Kept in `.cache/prerender/groups/`, a file per share of the page state (`page-state.ts`: a
 * paper's month, a shard's person pages, the other pages), each read at the start and written only
 * when its bytes change.
 */
export const GROUP_STATE = ".cache/prerender/groups";

const VERSION = 1;
const DAY = /^\/([^/]+)\/(\d{4}-\d{2}-\d{2})\//u;

/** Which group a page is checked in, and which share of the page state keeps its record. */
export interface Grouping {
  groupOf(file: string): string;
  shareOf(file: string): string;
}

/**
 * The grouping of the pages: a day's pages in one group, kept in their month's share; a person's
 * page (`personShards`: its file → the people shard it is listed from) with the other pages of its
 * shard, in a share of their own; any other page in its `shareOf` share, as one group.
 */
export function grouping(personShards: ReadonlyMap<string, string> = new Map()): Grouping {
  const groupOf = (file: string): string => {
    const day = DAY.exec(file);
    if (day !== null) return `${day[1]}/${day[2]}`;
    const shard = personShards.get(file);
    if (shard !== undefined) return `people-${shard.slice(shard.lastIndexOf("/") + 1).replace(/\.json$/u, "")}`;
    return shareOf(file);
  };
  return { groupOf, shareOf: (file) => shareOfGroup(groupOf(file)) };
}

/** The group of a page in the default grouping (no person listed by shard). */
export function groupOf(file: string): string {
  return grouping().groupOf(file);
}

export interface GroupRecord {
  /** The app's key when the group was checked. */
  app: string;
  /** The key of the group's page list (`listKey`). */
  list: string;
  /** The data values the group's pages read in its shared files (ids of `trackReads`), sorted. */
  deps: string[];
  /**
   * Each data file its pages read: its id, its whole digest (`TrackedBundle.fileDigest`) and, for a
   * shared file, the digest of the values read in it (else "").
   */
  files: [string, string, string][];
  /** The preview cards its pages name (a kept group keeps its cards in the site). */
  cards: string[];
}

interface GroupFile {
  version: typeof VERSION;
  stamp: string;
  /** The strings the groups name (data values, files, digests), each once, named by place. */
  names: string[];
  groups: Record<
    string,
    { app: string; list: string; deps: number[]; files: [number, number, number][]; cards: string[] }
  >;
}

export class GroupIndex {
  readonly stats = { read: 0, written: 0 };
  private readonly groups = new Map<string, GroupRecord>();
  /** Each share's file as read, and its stamp. */
  private readonly raw = new Map<string, string>();
  private readonly stamps = new Map<string, string>();
  private readonly dirty = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly stamp: string,
  ) {}

  /** The groups kept in `dir`; `stamp` names this build's `dist/`; `fresh` (`--full`): none kept. */
  static async open(dir: string, stamp: string, fresh = false): Promise<GroupIndex> {
    const index = new GroupIndex(dir, stamp);
    const names = (await readdir(dir).catch(() => [])).sort();
    // A prerender that stopped before saving may have written pages its groups' records do not
    // describe: then no group is kept (each page is checked, its file looked at, as on a first build).
    const stopped = names.includes(UNFINISHED);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, UNFINISHED), "");
    for (const name of names) {
      if (!name.endsWith(".json")) {
        if (name !== UNFINISHED) await rm(join(dir, name), { force: true });
        continue;
      }
      const share = name.slice(0, -".json".length);
      if (fresh || stopped) {
        index.dirty.add(share);
        continue;
      }
      let raw: string;
      let file: GroupFile;
      try {
        raw = readFileSync(join(dir, name), "utf8");
        file = JSON.parse(raw) as GroupFile;
      } catch {
        index.dirty.add(share);
        continue; // Cut short: its groups are checked page by page.
      }
      index.stats.read++;
      if (file.version !== VERSION) {
        index.dirty.add(share);
        continue;
      }
      index.raw.set(share, raw);
      index.stamps.set(share, file.stamp);
      const at = (i: number) => file.names[i]!;
      for (const [group, record] of Object.entries(file.groups))
        index.groups.set(group, {
          ...record,
          deps: record.deps.map(at),
          files: record.files.map(([f, whole, values]) => [at(f), at(whole), at(values)]),
        });
    }
    return index;
  }

  /** A group's record, if kept for this `dist/`. */
  get(group: string): GroupRecord | undefined {
    const record = this.groups.get(group);
    if (record === undefined || this.stamps.get(shareOfGroup(group)) !== this.stamp) return undefined;
    return record;
  }

  /** Every group kept (whatever its `dist/`). */
  names(): IterableIterator<string> {
    return this.groups.keys();
  }

  /** True when no group was kept (a first build, or state of an earlier version). */
  get empty(): boolean {
    return this.groups.size === 0;
  }

  set(group: string, record: GroupRecord): void {
    this.groups.set(group, record);
    this.dirty.add(shareOfGroup(group));
  }

  delete(group: string): void {
    if (this.groups.delete(group)) this.dirty.add(shareOfGroup(group));
  }

  /** Writes the shares whose groups changed (if their bytes did); the files written. */
  async save(): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    const byShare = new Map<string, string[]>();
    for (const share of this.dirty) byShare.set(share, []);
    for (const group of this.groups.keys()) byShare.get(shareOfGroup(group))?.push(group);
    for (const [share, groups] of byShare) {
      const path = join(this.dir, `${share}.json`);
      if (groups.length === 0) {
        await rm(path, { force: true });
        continue;
      }
      const names: string[] = [];
      const place = new Map<string, number>();
      const at = (name: string) => {
        let i = place.get(name);
        if (i === undefined) place.set(name, (i = names.push(name) - 1));
        return i;
      };
      const file: GroupFile = { version: VERSION, stamp: this.stamp, names, groups: {} };
      for (const group of groups.sort()) {
        const record = this.groups.get(group)!;
        file.groups[group] = {
          ...record,
          deps: record.deps.map(at),
          files: record.files.map(([f, whole, values]) => [at(f), at(whole), at(values)]),
        };
      }
      const raw = JSON.stringify(file);
      if (this.raw.get(share) === raw) continue;
      await writeFile(`${path}.tmp`, raw);
      await rename(`${path}.tmp`, path);
      this.stats.written++;
    }
    await rm(join(this.dir, UNFINISHED), { force: true });
    return this.stats.written;
  }
}

/** The file a prerender keeps in the group folder until it has saved the groups. */
const UNFINISHED = "unfinished";

/** The share (page state file) a group's pages are kept in. */
function shareOfGroup(group: string): string {
  const slash = group.indexOf("/");
  // A day's group `rmrb/2001-05-31` is in its month's share `rmrb-2001-05`.
  return slash === -1 ? group : `${group.slice(0, slash)}-${group.slice(slash + 1, slash + 8)}`;
}

/** One page the prerender writes (`PrerenderTarget`'s fields the check needs). */
export interface PageTarget {
  path: string;
  file: string;
  status: number;
}

/** A page as its render made it. */
export interface Rendered {
  html: string;
  deps: string[];
  card?: { name: string; card: PreviewCard };
}

export interface UpdatePagesOptions {
  targets: Iterable<PageTarget>;
  /** The app's code, template and site (`prerender.ts`). */
  appKey: string;
  /** A data value's digest by its id, undefined when this build has no such file (`TrackedBundle.digest`). */
  digest: (id: string) => string | undefined;
  /** A data file's whole digest by its id (`TrackedBundle.fileDigest`). */
  fileDigest: (fileId: string) => string | undefined;
  /** The pages' records, kept by `grouping`'s shares. */
  store: PageStore;
  groups: GroupIndex;
  grouping?: Grouping;
  render: (target: PageTarget) => Promise<Rendered>;
  /** Writes a page unless its file holds these bytes; true when written. */
  write: (file: string, html: string) => Promise<boolean>;
  remove: (file: string) => Promise<void>;
  /** True when the page's file is as its record says (`outputIntact`). */
  intact: (file: string, record: PageRecord) => boolean;
}

export interface UpdatePagesResult {
  rendered: number;
  written: number;
  kept: number;
  removed: number;
  groups: { kept: number; checked: number; removed: number };
  /** The preview card of every page (a kept group's by name, read from its records only if asked). */
  cards: Map<string, PreviewCard | (() => PreviewCard)>;
}

/** The key of a group's page list: its files, paths and statuses, in the route table's order. */
export function listKey(pages: readonly PageTarget[]): string {
  // One string hashed at once: a part a page costs a third of the CPU of three (about 1 µs a page).
  let text = "";
  for (const t of pages) text += `${t.file}\0${t.path}\0${t.status}\n`;
  return inputKey([text]);
}

/** A key over parts and data values with their digests; undefined when a value is gone. */
export function depsKey(
  parts: readonly string[],
  deps: readonly string[],
  digest: (id: string) => string | undefined,
): string | undefined {
  const out = [...parts];
  for (const id of deps) {
    const d = digest(id);
    if (d === undefined) return undefined;
    out.push(id, d);
  }
  return inputKey(out);
}

/** A group's data values by the file they are in (`deps` sorted, so a file's values are together). */
function byFile(deps: readonly string[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const id of deps) {
    const file = fileOfDep(id);
    const list = files.get(file);
    if (list === undefined) files.set(file, [id]);
    else list.push(id);
  }
  return files;
}

/**
 * Renders the pages whose inputs changed, keeps the others, removes those gone: a group found
 * unchanged is kept whole, the pages of the others are checked one by one.
 */
export async function updatePages(options: UpdatePagesOptions): Promise<UpdatePagesResult> {
  const { appKey, digest, fileDigest, store, groups } = options;
  const { groupOf } = options.grouping ?? grouping();
  const result: UpdatePagesResult = {
    rendered: 0,
    written: 0,
    kept: 0,
    removed: 0,
    groups: { kept: 0, checked: 0, removed: 0 },
    cards: new Map(),
  };
  const byGroup = new Map<string, PageTarget[]>();
  for (const target of options.targets) {
    const group = groupOf(target.file);
    const list = byGroup.get(group);
    if (list === undefined) byGroup.set(group, [target]);
    else list.push(target);
  }
  const sweep = groups.empty;
  const pageKey = (target: PageTarget, deps: readonly string[]) =>
    depsKey([appKey, target.path, String(target.status)], deps, digest);
  /** A group's files with their digests now, and the values it read in the shared ones; undefined when one is gone. */
  const filesOf = (deps: readonly string[]): Pick<GroupRecord, "files" | "deps"> | undefined => {
    const files: GroupRecord["files"] = [];
    const shared: string[] = [];
    for (const [file, ids] of byFile(deps)) {
      const whole = fileDigest(file);
      if (whole === undefined) return undefined;
      if (isWholeOnly(whole)) {
        files.push([file, whole, ""]);
        continue;
      }
      const values = depsKey([], ids, digest);
      if (values === undefined) return undefined;
      files.push([file, whole, values]);
      shared.push(...ids);
    }
    return { files, deps: shared };
  };
  /** True when every value the group read is as it was: its file is, or the values read in a shared one are. */
  const unchanged = (last: GroupRecord): boolean => {
    let ids: Map<string, string[]> | undefined;
    for (const [file, whole, values] of last.files) {
      if (fileDigest(file) === whole) continue;
      if (values === "") return false;
      ids ??= byFile(last.deps);
      if (depsKey([], ids.get(file) ?? [], digest) !== values) return false;
    }
    return true;
  };

  /** The groups whose pages were checked one by one, with the pages each lists now. */
  const checked = new Map<string, Set<string>>();
  for (const [group, targets] of byGroup) {
    const list = listKey(targets);
    const last = groups.get(group);
    if (last !== undefined && last.app === appKey && last.list === list && unchanged(last)) {
      result.kept += targets.length;
      result.groups.kept++;
      for (const name of last.cards) result.cards.set(name, () => cardOf(store, targets, name));
      continue;
    }
    result.groups.checked++;
    checked.set(group, new Set(targets.map((t) => t.file)));
    const deps = new Set<string>();
    const cards = new Set<string>();
    for (const target of targets) {
      let record = store.get(target.file);
      if (record !== undefined && pageKey(target, record.deps) === record.key && options.intact(target.file, record)) {
        result.kept++;
      } else {
        const page = await options.render(target);
        result.rendered++;
        if (await options.write(target.file, page.html)) result.written++;
        record = {
          key: pageKey(target, page.deps)!,
          deps: page.deps,
          size: Buffer.byteLength(page.html),
          ...(page.card && { card: page.card }),
        };
        store.set(target.file, record);
      }
      for (const dep of record.deps) deps.add(dep);
      if (record.card !== undefined) {
        cards.add(record.card.name);
        result.cards.set(record.card.name, record.card.card);
      }
    }
    const files = filesOf([...deps].sort());
    if (files === undefined) groups.delete(group);
    else groups.set(group, { app: appKey, list, ...files, cards: [...cards].sort() });
  }

  // Pages no route lists any more: those of the groups checked, and every page of the groups gone.
  const gone = [...groups.names()].filter((group) => !byGroup.has(group));
  for (const group of gone) {
    groups.delete(group);
    result.groups.removed++;
    checked.set(group, new Set());
  }
  // With no groups kept (a first build, an earlier version's state, `--full`), every share is looked through.
  const shares = sweep ? [...store.shares()] : [];
  for (const group of checked.keys()) shares.push(shareOfGroup(group));
  /** The files each group lists now, made when asked (a page may have moved to another group: a person to another shard). */
  const listed = (group: string): ReadonlySet<string> => {
    let files = checked.get(group);
    if (files === undefined) checked.set(group, (files = new Set((byGroup.get(group) ?? []).map((t) => t.file))));
    return files;
  };
  for (const share of new Set(shares)) {
    for (const page of [...store.pages(share).keys()]) {
      const now = groupOf(page);
      const moved = shareOfGroup(now) !== share;
      if (!moved && (checked.has(now) ? checked.get(now)!.has(page) : byGroup.has(now))) continue;
      if (moved) store.delete(page, share);
      if (listed(now).has(page)) continue;
      if (!moved) store.delete(page, share);
      await options.remove(page);
      result.removed++;
    }
  }
  return result;
}

/** A kept group's card, from its pages' records (read only when the card must be drawn again). */
function cardOf(store: PageStore, targets: readonly PageTarget[], name: string): PreviewCard {
  for (const target of targets) {
    const card = store.get(target.file)?.card;
    if (card?.name === name) return card.card;
  }
  throw new Error(`prerender: no page of its group names the preview card ${name}`);
}

import { randomUUID } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import {
  groupFiles,
  journalVersion,
  JOURNAL_VERSION,
  keptChanges,
  listDigest,
  readGroup,
  readJournal,
  removeJournal,
  stampOf,
  writeJournal,
  type OutputChange,
  type OutputJournal,
} from "./output-journal";

/**
 * Writing output the way an incremental build must: a file is written only when its bytes differ
 * from what is there (so an unchanged file keeps its mtime and a sync to a host uploads nothing),
 * and what the build no longer makes is removed. One tracker per output folder.
 *
 * With a journal (`openJournal`, `output-journal.ts`), what is stale is what the last build left
 * and this one did not make, and the output is not walked; the journal is written again by
 * `removeStale`, with this build's changes for the steps that copy the output on.
 */
export class ChangedWriter {
  readonly kept = new Set<string>();
  /** Folders kept whole (absolute): neither walked nor listed file by file. */
  readonly keptTrees = new Set<string>();
  /** The files this build wrote or copied (new or changed bytes), relative. */
  readonly writtenPaths: string[] = [];
  /** The journal this build keeps, and what the last build left when its journal is trusted. */
  private journal: { path: string; stampFile: string; previous: OutputJournal | null } | null = null;
  written = 0;
  unchanged = 0;
  bytes = 0;
  private readonly made = new Set<string>();
  /** While set (`recordFiles`), the paths (relative) this build writes, copies or keeps, in order. */
  private recording: string[] | null = null;

  constructor(readonly root: string) {}

  /** Runs `make` and returns, beside its value, every file it wrote, copied or kept (relative to the root). */
  async recordFiles<T>(make: () => Promise<T>): Promise<{ value: T; files: string[] }> {
    const outer = this.recording;
    const files: string[] = [];
    this.recording = files;
    try {
      return { value: await make(), files };
    } finally {
      this.recording = outer === null ? null : (outer.push(...files), outer);
    }
  }

  /** Writes `path` (relative to the root) unless it already holds these bytes; true when written. */
  async write(path: string, data: string | Uint8Array): Promise<boolean> {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    const full = join(this.root, path);
    this.kept.add(full);
    this.recording?.push(path);
    this.bytes += bytes.length;
    if (await sameBytes(full, bytes)) {
      this.unchanged++;
      return false;
    }
    await this.ensureDir(dirname(full));
    await writeFile(full, bytes);
    this.written++;
    this.writtenPaths.push(path);
    return true;
  }

  /**
   * Copies the file at `from` to `path` (relative to the root) unless `path` already holds the
   * same bytes; true when copied. For large files made elsewhere (page images from the cache).
   */
  async copy(path: string, from: string): Promise<boolean> {
    const full = join(this.root, path);
    this.kept.add(full);
    this.recording?.push(path);
    const size = (await stat(from)).size;
    this.bytes += size;
    const there = await stat(full).catch(() => null);
    if (there?.size === size && Buffer.compare(await readFile(full), await readFile(from)) === 0) {
      this.unchanged++;
      return false;
    }
    await this.ensureDir(dirname(full));
    await copyFile(from, full);
    this.written++;
    this.writtenPaths.push(path);
    return true;
  }

  /** Makes a folder once per build (folders made are remembered). */
  private async ensureDir(dir: string): Promise<void> {
    if (this.made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.made.add(dir);
  }

  /** Marks a file as still made by this build without writing it (it is known to be current). */
  keep(path: string): void {
    this.kept.add(join(this.root, path));
    this.recording?.push(path);
  }

  /** Whether stale files are found from a trusted journal (no walk of the output). */
  get usedJournal(): boolean {
    return (this.journal?.previous ?? null) !== null;
  }

  /** Marks a folder (relative) as still made by this build, whole, without naming its files. */
  keepTree(path: string): void {
    this.keptTrees.add(join(this.root, path));
  }

  /**
   * Reads the journal at `path` (trusted only if it describes this output as it is, by `stampFile`:
   * `output-journal.ts`) and removes it until `removeStale` writes this build's. Call before writing.
   */
  async openJournal(path: string, stampFile: string): Promise<boolean> {
    const previous = await readJournal(path, this.root);
    const version = previous === null ? await journalVersion(path) : JOURNAL_VERSION;
    if (version !== null && version !== JOURNAL_VERSION)
      process.stderr.write(
        `folio: the output journal ${path} is of version ${version}, not ${JOURNAL_VERSION}: the output is walked once and the journal written anew\n`,
      );
    await removeJournal(path);
    this.journal = { path, stampFile, previous };
    return previous !== null;
  }

  /**
   * Removes every file under `under` (relative; default the root) this build did not write or keep,
   * and the folders left empty. With a trusted journal (and `under` the root), only the files and
   * trees the last build left are looked at; otherwise the output is walked (kept trees are not
   * entered). Then the journal, if any, is written for the next build.
   */
  async removeStale(under = ""): Promise<string[]> {
    let previous = this.journal?.previous ?? null;
    const groups = groupFiles(
      [...this.kept]
        .filter((full) => !this.inKeptTree(full))
        .map((full) => relative(this.root, full))
        .sort(),
    );
    const digests = new Map([...groups].map(([group, list]) => [group, listDigest(list)]));
    let removed = under === "" && previous !== null ? await this.removeUnmade(previous, digests) : null;
    // A group's list gone from the journal's parts: the output is walked, as without a journal.
    if (removed === null) {
      previous = null;
      if (this.journal !== null) this.journal.previous = null;
      removed = await this.walkStale(under);
    }
    if (this.journal !== null) await this.saveJournal(previous, removed, groups, digests);
    return removed;
  }

  /** Whether `full` (absolute) lies in a folder kept whole. */
  private inKeptTree(full: string): boolean {
    for (let dir = dirname(full); dir.length > this.root.length; dir = dirname(dir))
      if (this.keptTrees.has(dir)) return true;
    return false;
  }

  /**
   * The journal's way: what the last build left and this one did not make is removed. Only the
   * groups whose lists differ from this build's (`digests`) are read; null when one cannot be.
   */
  private async removeUnmade(previous: OutputJournal, digests: ReadonlyMap<string, string>): Promise<string[] | null> {
    const { path } = this.journal!;
    const removed: string[] = [];
    const emptied = new Set<string>();
    for (const [group, [, digest]] of Object.entries(previous.groups)) {
      if (digests.get(group) === digest) continue;
      const files = await readGroup(path, previous, group);
      if (files === null) return null;
      for (const file of files) {
        const full = join(this.root, file);
        if (this.kept.has(full) || this.inKeptTree(full)) continue;
        await rm(full, { force: true });
        removed.push(file);
        emptied.add(dirname(full));
      }
    }
    for (const tree of previous.trees) {
      const full = join(this.root, tree);
      if (this.keptTrees.has(full) || this.inKeptTree(full)) continue;
      // A folder no longer kept whole may still hold files this build wrote (a segment written again).
      if ([...this.kept].some((path) => path.startsWith(full + sep))) continue;
      await rm(full, { recursive: true, force: true });
      removed.push(`${tree}/`);
      emptied.add(dirname(full));
    }
    // Folders left empty, deepest first, up to the root.
    for (const dir of [...emptied].sort((a, b) => b.length - a.length))
      for (let at = dir; at.length > this.root.length; at = dirname(at)) {
        const entries = await readdir(at).catch(() => null);
        if (entries === null || entries.length > 0) break;
        await rmdir(at);
      }
    return removed.sort();
  }

  /** Writes the journal: the groups whose lists changed (all after a walk), this build's change, the head. */
  private async saveJournal(
    previous: OutputJournal | null,
    removed: readonly string[],
    groups: ReadonlyMap<string, string[]>,
    digests: ReadonlyMap<string, string>,
  ): Promise<void> {
    const { path, stampFile } = this.journal!;
    const trees = [...this.keptTrees].map((full) => relative(this.root, full)).sort();
    // A build that walked the output changes files the last journal does not know: copies start again from it.
    const change: OutputChange = { id: randomUUID(), written: [...this.writtenPaths].sort(), removed: [...removed] };
    const head = { id: change.id, paths: change.written.length + change.removed.length };
    const changes = keptChanges(previous === null ? [head] : [...previous.changes, head]);
    const index: OutputJournal["groups"] = {};
    const changed = new Map<string, string[]>();
    for (const [group, list] of groups) {
      const digest = digests.get(group)!;
      index[group] = [list.length, digest];
      if (previous?.groups[group]?.[1] !== digest) changed.set(group, list);
    }
    const keptIds = new Set(changes.filter((c) => c.truncated !== true).map((c) => c.id));
    await writeJournal(
      path,
      {
        version: JOURNAL_VERSION,
        root: resolve(this.root),
        stamp: await stampOf(this.root, stampFile),
        groups: index,
        trees,
        changes,
      },
      {
        groups: changed,
        fresh: previous === null,
        goneGroups: previous === null ? [] : Object.keys(previous.groups).filter((group) => !groups.has(group)),
        change,
        goneChanges: previous === null ? [] : previous.changes.map((c) => c.id).filter((id) => !keptIds.has(id)),
      },
    );
  }

  /** The walk: every file under `under` not written nor kept is removed, and the folders left empty. */
  private async walkStale(under: string): Promise<string[]> {
    const start = join(this.root, under);
    const removed: string[] = [];
    const walk = async (dir: string): Promise<boolean> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return true;
      }
      let empty = true;
      for (const entry of entries) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (this.keptTrees.has(full)) empty = false;
          else if (await walk(full)) await rmdir(full);
          else empty = false;
        } else if (this.kept.has(full)) {
          empty = false;
        } else {
          await rm(full, { force: true });
          removed.push(relative(this.root, full));
        }
      }
      return empty;
    };
    await walk(start);
    return removed.sort();
  }
}

async function sameBytes(path: string, bytes: Uint8Array): Promise<boolean> {
  try {
    if ((await stat(path)).size !== bytes.length) return false;
    return Buffer.compare(await readFile(path), bytes) === 0;
  } catch {
    return false;
  }
}

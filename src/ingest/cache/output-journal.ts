import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * What a build left in its output folder, kept beside its cache so that the next build, and the
 * steps that copy the output on (build:app's data mirror), need not walk the whole output: at 20
 * years the bundle holds ~800 k files (one search text file per article), and walking them costs
 * more than adding a day. Folders kept whole (a search segment, named by its content) are listed
 * as trees, not file by file.
 *
 * Bounded at any archive size: a small head file (`journal-<id>.json`) and its parts beside it
 * (`journals/journal-<id>/`): the output's files in groups (an issue month of a paper, or a hashed bucket of
 * the other files: `fileGroup`), each group's list in a file the head knows by its count and digest,
 * and each build's change in a file of its own. A build reads and writes only the groups whose
 * files it added or removed (adding a day: its month and a few people buckets) and writes its own
 * change; version 1 kept every file and the last changes in one file, read and written whole on
 * every build (~0.35 MB per year of archive, and a full build's ~70 k paths per year for eight
 * builds after it). A journal of another version is not read: the output is walked once.
 *
 * Trusted only when it describes this output as it is: same folder, and its stamp file (the
 * manifest, rewritten whenever the bundle changes) has the size and mtime the build left. The
 * head is removed when a build opens it and written again when the build ends (after its parts),
 * so a build that stopped half way leaves none, and the next build walks the output (as does any
 * step finding no journal, or one of another output).
 */
export interface OutputJournal {
  version: typeof JOURNAL_VERSION;
  /** The output folder it describes (absolute). */
  root: string;
  /** The stamp file (relative) as the build left it. */
  stamp: { file: string; size: number; mtimeMs: number } | null;
  /** The output's files outside `trees`, by group (`fileGroup`): how many, and the digest of their sorted list (`listDigest`). */
  groups: Record<string, [number, string]>;
  /** Folders kept whole, relative, sorted. */
  trees: string[];
  /** The last builds' changes, oldest first, each in a file of its own (`readChange`). */
  changes: ChangeHead[];
}

/** A build's change as the head names it. */
export interface ChangeHead {
  /** Unique per build: a step that copies the output on remembers the last change it applied. */
  id: string;
  /** Paths it names (written and removed). */
  paths: number;
  /** Too large to keep (`JOURNAL_CHANGE_PATHS`): its paths are left out, and a step that has not applied it walks. */
  truncated?: true;
}

export interface OutputChange {
  id: string;
  /** Files written (new or changed bytes). */
  written: string[];
  /** Files or trees (ending in `/`) removed. */
  removed: string[];
}

export const JOURNAL_VERSION = 2;
/** The folder of the journals' parts in the cache folder. */
export const JOURNAL_PARTS = "journals";
/** Changes kept: a step that copies the output on can skip this many builds and still apply only what changed. */
export const JOURNAL_CHANGES = 8;
/**
 * Paths the kept changes may name in all: a build that rewrote more (a full build, a large merge)
 * is kept by its id alone, and a step that has not applied it walks, as the build did work in
 * proportion. Keeps the change files a few MB at any archive size (a full build of 20 years writes ~800 k files).
 */
export const JOURNAL_CHANGE_PATHS = 100_000;
/**
 * Buckets of the files not of an issue (people, archive, search entry, manifest): a day's build
 * renames a few dozen content-named people files, so it rewrites a few buckets' lists, each about
 * 1/64 of those files.
 */
export const OTHER_BUCKETS = 64;

/**
 * The group of an output file: `<folder>/<paper>/<YYYY-MM>` for an issue's files (its text and
 * page images, named by date: `issues/rmrb/2026-10-31.<hash>.json`, `images/rmrb/2026-10-31/…`),
 * else `<top folder>/<bucket>` by a hash of the path (`OTHER_BUCKETS`).
 */
export function fileGroup(path: string): string {
  const issue = /^([^/]+\/[^/]+)\/(\d{4}-\d{2})-\d{2}[./]/u.exec(path);
  if (issue !== null) return `${issue[1]}/${issue[2]}`;
  const top = path.includes("/") ? path.slice(0, path.indexOf("/")) : "_";
  const bucket = createHash("sha1").update(path).digest().readUInt32BE(0) % OTHER_BUCKETS;
  return `${top}/${bucket}`;
}

/** Sorted files by their group (each group's list sorted as `files` is). */
export function groupFiles(files: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const group = fileGroup(file);
    let list = groups.get(group);
    if (list === undefined) groups.set(group, (list = []));
    list.push(file);
  }
  return groups;
}

/** The digest of a group's sorted list: equal digests, same files. */
export function listDigest(list: readonly string[]): string {
  return createHash("sha256").update(list.join("\n")).digest("hex").slice(0, 24);
}

/**
 * The newest changes, at most `JOURNAL_CHANGES`, naming at most `JOURNAL_CHANGE_PATHS` paths in
 * all: the change that would pass the budget is kept truncated (its id only), older ones dropped.
 */
export function keptChanges(changes: readonly ChangeHead[]): ChangeHead[] {
  const kept: ChangeHead[] = [];
  let paths = 0;
  for (const change of [...changes].reverse()) {
    if (kept.length === JOURNAL_CHANGES) break;
    paths += change.paths;
    if (paths > JOURNAL_CHANGE_PATHS || change.truncated === true) {
      kept.unshift({ id: change.id, paths: change.paths, truncated: true });
      break;
    }
    kept.unshift(change);
  }
  return kept;
}

/** Where the journal of the output folder `outDir` is kept in `cacheDir` (a file: the result cache keeps only its version's folder). */
export function journalPath(cacheDir: string, outDir: string): string {
  const id = createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16);
  return join(cacheDir, `journal-${id}.json`);
}

/**
 * Where the parts of the journal whose head is at `path` are kept: `journals/<head's name>/` beside
 * it, a folder the result cache keeps when it drops other versions' (`NESTED_CACHES`).
 */
function partsOf(path: string): string {
  return join(dirname(path), JOURNAL_PARTS, basename(path).replace(/\.json$/u, ""));
}
const groupPath = (path: string, group: string) => join(partsOf(path), "files", `${group.replaceAll("/", "~")}.json`);
const changePath = (path: string, id: string) => join(partsOf(path), "changes", `${id}.json`);

/** The version of the journal at `path` (null: none, or not readable). */
export async function journalVersion(path: string): Promise<number | null> {
  try {
    const { version } = JSON.parse(await readFile(path, "utf8")) as { version?: unknown };
    return typeof version === "number" ? version : null;
  } catch {
    return null;
  }
}

/** The journal at `path` if it describes `outDir` as it is now, else null (then walk the output). */
export async function readJournal(path: string, outDir: string): Promise<OutputJournal | null> {
  let journal: OutputJournal;
  try {
    journal = JSON.parse(await readFile(path, "utf8")) as OutputJournal;
  } catch {
    return null;
  }
  if (journal.version !== JOURNAL_VERSION || journal.root !== resolve(outDir)) return null;
  if (journal.stamp === null) return null;
  const now = await stat(join(outDir, journal.stamp.file)).catch(() => null);
  if (now === null || now.size !== journal.stamp.size || now.mtimeMs !== journal.stamp.mtimeMs) return null;
  return journal;
}

/** The files of one group as the journal at `path` keeps them; null when its file is gone or is not the one the head knows. */
export async function readGroup(path: string, journal: OutputJournal, group: string): Promise<string[] | null> {
  const known = journal.groups[group];
  if (known === undefined) return [];
  try {
    const list = JSON.parse(await readFile(groupPath(path, group), "utf8")) as string[];
    return list.length === known[0] && listDigest(list) === known[1] ? list : null;
  } catch {
    return null;
  }
}

/** One kept change of the journal at `path` with its paths; null when it is truncated or its file is gone. */
export async function readChange(path: string, head: ChangeHead): Promise<OutputChange | null> {
  if (head.truncated === true) return null;
  try {
    const change = JSON.parse(await readFile(changePath(path, head.id), "utf8")) as OutputChange;
    return change.id === head.id ? change : null;
  } catch {
    return null;
  }
}

/** What a build writes of its journal besides the head: the groups whose lists changed, and its change. */
export interface JournalParts {
  /** Groups to write (their lists); with `fresh`, every group. */
  groups: ReadonlyMap<string, readonly string[]>;
  /** The parts the last build left are not trusted (the output was walked): they are removed first. */
  fresh: boolean;
  /** Groups the last journal knew that this one does not. */
  goneGroups: readonly string[];
  /** This build's change, written unless the head keeps it truncated. */
  change: OutputChange;
  /** Changes the last journal kept that this one does not. */
  goneChanges: readonly string[];
}

/** Writes the journal's parts, then its head (each beside, then renamed: a reader never sees half of one). */
export async function writeJournal(path: string, journal: OutputJournal, parts: JournalParts): Promise<void> {
  const dir = partsOf(path);
  if (parts.fresh) await rm(dir, { recursive: true, force: true });
  for (const group of parts.goneGroups) await rm(groupPath(path, group), { force: true });
  for (const id of parts.goneChanges) await rm(changePath(path, id), { force: true });
  for (const [group, list] of parts.groups) await writeWhole(groupPath(path, group), JSON.stringify(list));
  const head = journal.changes.find((change) => change.id === parts.change.id);
  if (head !== undefined && head.truncated !== true)
    await writeWhole(changePath(path, parts.change.id), JSON.stringify(parts.change));
  await writeWhole(path, JSON.stringify(journal));
}

async function writeWhole(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, text);
  await rename(temp, path);
}

export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** The stamp of `file` in `outDir` as it is now. */
export async function stampOf(outDir: string, file: string): Promise<OutputJournal["stamp"]> {
  const now = await stat(join(outDir, file)).catch(() => null);
  return now === null ? null : { file, size: now.size, mtimeMs: now.mtimeMs };
}

/** The changes after the one with `id`, oldest first; null when the journal no longer reaches back to it, or one is truncated. */
export function changesSince(journal: OutputJournal, id: string | undefined): ChangeHead[] | null {
  if (id === undefined) return null;
  const at = journal.changes.findIndex((change) => change.id === id);
  if (at < 0) return null;
  const since = journal.changes.slice(at + 1);
  return since.some((change) => change.truncated === true) ? null : since;
}

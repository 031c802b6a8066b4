import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/**
 * What a build left in its output folder, kept beside its cache so that the next build, and the
 * steps that copy the output on (build:app's data mirror), need not walk the whole output: at 20
 * years the bundle holds ~800 k files (one search text file per article), and walking them costs
 * more than adding a day. Folders kept whole (a search segment, named by its content) are listed
 * as trees, not file by file.
 *
 * Trusted only when it describes this output as it is: same folder, and its stamp file (the
 * manifest, rewritten whenever the bundle changes) has the size and mtime the build left. The
 * journal is removed when a build opens it and written again when the build ends, so a build that
 * stopped half way leaves none, and the next build walks the output (as does any step finding no
 * journal, or one of another output).
 */
export interface OutputJournal {
  version: typeof JOURNAL_VERSION;
  /** The output folder it describes (absolute). */
  root: string;
  /** The stamp file (relative) as the build left it. */
  stamp: { file: string; size: number; mtimeMs: number } | null;
  /** Every file of the output outside `trees`, relative, sorted. */
  files: string[];
  /** Folders kept whole, relative, sorted. */
  trees: string[];
  /** The last builds' changes, oldest first: files written (new or changed bytes), and files or trees (ending in `/`) removed. */
  changes: OutputChange[];
}

export interface OutputChange {
  /** Unique per build: a step that copies the output on remembers the last change it applied. */
  id: string;
  written: string[];
  removed: string[];
  /** Too large to keep (`JOURNAL_CHANGE_PATHS`): its paths are left out, and a step that has not applied it walks. */
  truncated?: true;
}

const JOURNAL_VERSION = 1;
/** Changes kept: a step that copies the output on can skip this many builds and still apply only what changed. */
export const JOURNAL_CHANGES = 8;
/**
 * Paths the kept changes may name in all: a build that rewrote more (a full build, a large merge)
 * is kept by its id alone, and a step that has not applied it walks, as the build did work in
 * proportion. Keeps the journal a few MB at any archive size (a full build of 20 years writes ~800 k files).
 */
export const JOURNAL_CHANGE_PATHS = 100_000;

/**
 * The newest changes, at most `JOURNAL_CHANGES`, naming at most `JOURNAL_CHANGE_PATHS` paths in
 * all: the change that would pass the budget is kept truncated (its id only), older ones dropped.
 */
export function keptChanges(changes: readonly OutputChange[]): OutputChange[] {
  const kept: OutputChange[] = [];
  let paths = 0;
  for (const change of [...changes].reverse()) {
    if (kept.length === JOURNAL_CHANGES) break;
    paths += change.written.length + change.removed.length;
    if (paths > JOURNAL_CHANGE_PATHS || change.truncated === true) {
      kept.unshift({ id: change.id, written: [], removed: [], truncated: true });
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

/** Writes the journal (beside, then renamed: a reader never sees half of it). */
export async function writeJournal(path: string, journal: OutputJournal): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, JSON.stringify(journal));
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
export function changesSince(journal: OutputJournal, id: string | undefined): OutputChange[] | null {
  if (id === undefined) return null;
  const at = journal.changes.findIndex((change) => change.id === id);
  if (at < 0) return null;
  const since = journal.changes.slice(at + 1);
  return since.some((change) => change.truncated === true) ? null : since;
}

import { copyFile, mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { changesSince, readChange, type OutputChange, type OutputJournal } from "../../src/ingest/cache/output-journal";

export interface MirrorResult {
  written: number;
  removed: number;
  /** Paths written or removed in `to` (relative; a folder removed whole ends in `/`). */
  changed: string[];
  /** False: only the journal's changes since the last mirror were applied. */
  walked: boolean;
}

/**
 * Copies the bundle `from` into `to` (`public/data` → `dist/data`) file by file: only new or
 * changed files are written, files gone are removed. With the bundle's journal
 * (`src/ingest/cache/output-journal.ts`) reaching back to the change this mirror last applied
 * (`lastChange`), only the changes since are applied (each read from its file beside the journal
 * at `journalFile`); otherwise both folders are walked.
 */
export async function mirror(
  from: string,
  to: string,
  journal: OutputJournal | null,
  lastChange: string | undefined,
  journalFile: string,
): Promise<MirrorResult> {
  const heads = journal === null ? null : changesSince(journal, lastChange);
  if (heads === null) return walk(from, to);
  const changes: OutputChange[] = [];
  for (const head of heads) {
    const change = await readChange(journalFile, head);
    // A change file gone: the folders are walked.
    if (change === null) return walk(from, to);
    changes.push(change);
  }
  const changed: string[] = [];
  let written = 0;
  let removed = 0;
  for (const change of changes) {
    for (const path of change.written) {
      // Written by the build, so its bytes changed; gone since (a later change removes it): skip.
      const source = join(from, path);
      if ((await stat(source).catch(() => null)) === null) continue;
      await mkdir(dirname(join(to, path)), { recursive: true });
      await copyFile(source, join(to, path));
      changed.push(path);
      written++;
    }
    for (const path of change.removed) {
      await rm(join(to, path), { recursive: true, force: true });
      changed.push(path);
      removed++;
    }
  }
  return { written, removed, changed, walked: false };
}

async function walk(from: string, to: string): Promise<MirrorResult> {
  const want = new Set<string>();
  const changed: string[] = [];
  let written = 0;
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(from, join(entry.parentPath, entry.name));
    want.add(rel);
    const source = join(from, rel);
    const target = join(to, rel);
    const [a, b] = await Promise.all([stat(source), stat(target).catch(() => null)]);
    // A copy made after its source was last written is current (a changed source is newer than its copy):
    // an unchanged file of a large bundle costs two stats, not two reads.
    if (b !== null && a.size === b.size && b.mtimeMs > a.mtimeMs) continue;
    if (b !== null && a.size === b.size && (await readFile(source)).equals(await readFile(target))) continue;
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
    changed.push(rel);
    written++;
  }
  let removed = 0;
  for (const entry of await readdir(to, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const rel = relative(to, join(entry.parentPath, entry.name));
    // A gzip copy belongs to its file: compress.ts removes those whose file is gone.
    if (want.has(rel) || rel.endsWith(".gz")) continue;
    await rm(join(to, rel), { force: true });
    changed.push(rel);
    removed++;
  }
  return { written, removed, changed, walked: true };
}

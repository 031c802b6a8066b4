import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { DigestMemo } from "./file-digests";

/**
 * What the build knows of each issue folder, kept in one file per paper folder and month
 * (`<dir>/<hash of the paper folder>/<YYYY-MM>.json`), so that an unchanged issue of a large
 * archive costs the `stat`s of its files and no read of its own: its metadata as read from its
 * `issue.json` (by that file's digest) and what the build made of it (by the issue's key), where
 * the build otherwise read `issue.json` and the issue's record in the result cache, two files per
 * issue; and the digests of its files by their stat (`file-digests.ts`). A month's file is read when the build first looks at an issue of that month, and written
 * again only when its entries change, so adding a day rewrites one month's file. Entries are
 * only trusted under the same digest or key, so a stale entry is never used; a file that cannot be
 * read is taken as empty.
 */
export interface LedgerEntry {
  /** The digest of `issue.json` and the metadata read from it (validated when read). */
  meta?: [string, unknown];
  /** The issue's key (`IssueCache.key`) and what a build made of it. */
  built?: [string, unknown];
  /** The digests of the folder's files looked at by the build, by file name (`file-digests.ts`). */
  files?: Record<string, DigestMemo>;
}

export class IssueLedger {
  /** Month files read, by path: their entries, and their text as read (null: none there). */
  private readonly read = new Map<string, Promise<{ entries: Record<string, LedgerEntry>; raw: string | null }>>();
  /** This build's entries, by month file and issue folder. */
  private readonly next = new Map<string, Map<string, LedgerEntry>>();
  readonly stats = { filesRead: 0, filesWritten: 0 };
  /** Each issue folder's month file, found once (a hash: the build asks for every file of every issue). */
  private readonly files = new Map<string, string>();

  constructor(private readonly dir: string) {}

  /** The entry of an issue folder as the last build left it. */
  async get(issueDir: string): Promise<LedgerEntry | undefined> {
    const file = this.fileOf(issueDir);
    let read = this.read.get(file);
    if (read === undefined) {
      this.stats.filesRead++;
      read = readFile(file, "utf8")
        .then((raw) => ({ entries: JSON.parse(raw) as Record<string, LedgerEntry>, raw }))
        .catch(() => ({ entries: {}, raw: null }));
      this.read.set(file, read);
    }
    return (await read).entries[basename(issueDir)];
  }

  /** Sets part of an issue folder's entry for the next build. */
  set(issueDir: string, part: LedgerEntry): void {
    const file = this.fileOf(issueDir);
    let month = this.next.get(file);
    if (month === undefined) this.next.set(file, (month = new Map()));
    const name = basename(issueDir);
    month.set(name, { ...month.get(name), ...part });
  }

  /** Sets the digest memo of one file of a folder for the next build. */
  setFile(dir: string, name: string, memo: DigestMemo): void {
    const file = this.fileOf(dir);
    let month = this.next.get(file);
    if (month === undefined) this.next.set(file, (month = new Map()));
    const folder = basename(dir);
    const entry = month.get(folder);
    month.set(folder, { ...entry, files: { ...entry?.files, [name]: memo } });
  }

  /** Writes the month files whose entries changed, and removes those read that no longer hold any. */
  async save(): Promise<void> {
    for (const file of new Set([...this.read.keys(), ...this.next.keys()])) {
      const month = this.next.get(file);
      const was = (await this.read.get(file))?.raw ?? null;
      if (month === undefined || month.size === 0) {
        if (was !== null) await rm(file, { force: true });
        continue;
      }
      const entries: Record<string, LedgerEntry> = {};
      for (const name of [...month.keys()].sort()) {
        const entry = month.get(name)!;
        // In a set order whatever order the build looked at them: an unchanged month is not rewritten.
        entries[name] = entry.files === undefined ? entry : { ...entry, files: sortedKeys(entry.files) };
      }
      const raw = JSON.stringify(entries);
      if (raw === was) continue;
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      await writeFile(temp, raw);
      await rename(temp, file);
      this.stats.filesWritten++;
    }
  }

  /** The month file of an issue folder (`<paper folder>/<YYYY-MM-DD>`). */
  private fileOf(issueDir: string): string {
    let file = this.files.get(issueDir);
    if (file === undefined) {
      const paper = createHash("sha256").update(dirname(issueDir)).digest("hex").slice(0, 16);
      file = join(this.dir, paper, `${basename(issueDir).slice(0, 7)}.json`);
      this.files.set(issueDir, file);
    }
    return file;
  }
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key]!;
  return sorted;
}

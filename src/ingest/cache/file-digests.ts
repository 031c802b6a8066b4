import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import type { IssueLedger } from "./issue-ledger";

/**
 * Digests of content files, remembered by their stat (size, mtime, inode) between builds, so an
 * unchanged file of a large archive costs a `stat`, not a read and a hash. The same rule as git's
 * index ("racy git"): a remembered digest is trusted only when the file's mtime is older than the
 * moment it was hashed by more than `RACY_MS`, since a file rewritten within the clock's grain
 * after it was hashed would keep its stat. Anything else is read and hashed again.
 *
 * Kept in the issue ledger (`issue-ledger.ts`), in the entry of the file's folder (an issue
 * folder), so they are read with the month's entries and written only when a month's entries
 * change: adding a day rewrites its month's file, where one file of every content file's digest
 * (710 kB a year of archive) was read and written whole on every build.
 */
export interface DigestStats {
  /** Files whose digest came from the memo (a stat). */
  stat: number;
  /** Files read and hashed. */
  hashed: number;
}

/**
 * How much older than its hashing a file's mtime must be for the memo to be trusted: above the
 * coarsest mtime grain of the file systems a newsroom uses (ext4/APFS: ns; FAT: 2 s).
 */
export const RACY_MS = 2_000;

/** [size, mtimeMs, ino, digest, hashedAtMs] */
export type DigestMemo = [number, number, number, string, number];

export class FileDigests {
  readonly stats: DigestStats = { stat: 0, hashed: 0 };
  /** The files looked at in this build, by path. */
  private readonly seen = new Map<string, DigestMemo>();

  /** The digests kept in `ledger`, per folder. */
  constructor(private readonly ledger: IssueLedger) {}

  /** The sha256 of a file's bytes (hex), from the memo when its stat is unchanged and not racy. */
  async digest(path: string): Promise<string> {
    // Looked at already in this build (an issue's `issue.json` is asked for twice): one stat.
    const seen = this.seen.get(path);
    if (seen !== undefined) return seen[3];
    // Synchronous: a build stats every file of the archive, and a `stat` through the thread pool
    // and a promise costs about three times the call itself (45 µs against 14 µs measured).
    const st = statSync(path);
    const folder = dirname(path);
    const name = basename(path);
    const known = (await this.ledger.get(folder))?.files?.[name];
    let memo: DigestMemo;
    if (
      known !== undefined &&
      known[0] === st.size &&
      known[1] === st.mtimeMs &&
      known[2] === st.ino &&
      st.mtimeMs + RACY_MS < known[4]
    ) {
      this.stats.stat++;
      memo = known;
    } else {
      const hashedAt = Date.now();
      const digest = createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
      this.stats.hashed++;
      memo = [st.size, st.mtimeMs, st.ino, digest, hashedAt];
    }
    this.seen.set(path, memo);
    // Kept for the next build (a file no longer looked at is forgotten).
    this.ledger.setFile(folder, name, memo);
    return memo[3];
  }
}

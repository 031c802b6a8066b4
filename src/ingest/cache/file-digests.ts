import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";

/**
 * Digests of content files, remembered by their stat (size, mtime, inode) between builds, so an
 * unchanged file of a large archive costs a `stat`, not a read and a hash. The same rule as git's
 * index ("racy git"): a remembered digest is trusted only when the file's mtime is older than the
 * moment it was hashed by more than `RACY_MS`, since a file rewritten within the clock's grain
 * after it was hashed would keep its stat. Anything else is read and hashed again.
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

/** path → [size, mtimeMs, ino, digest, hashedAtMs] */
type Memo = Record<string, [number, number, number, string, number]>;

export class FileDigests {
  readonly stats: DigestStats = { stat: 0, hashed: 0 };
  private readonly next: Memo = {};

  private constructor(
    private readonly file: string,
    private readonly memo: Memo,
  ) {}

  /** The memo kept in `file` (none yet, or unreadable: every file is hashed). */
  static async open(file: string): Promise<FileDigests> {
    const memo = await readFile(file, "utf8")
      .then((raw) => JSON.parse(raw) as Memo)
      .catch(() => ({}));
    return new FileDigests(file, memo);
  }

  /** The sha256 of a file's bytes (hex), from the memo when its stat is unchanged and not racy. */
  async digest(path: string): Promise<string> {
    // Looked at already in this build (an issue's `issue.json` is asked for twice): one stat.
    const seen = this.next[path];
    if (seen !== undefined) return seen[3];
    // Synchronous: a build stats every file of the archive, and a `stat` through the thread pool
    // and a promise costs about three times the call itself (45 µs against 14 µs measured).
    const st = statSync(path);
    const known = this.memo[path];
    if (
      known !== undefined &&
      known[0] === st.size &&
      known[1] === st.mtimeMs &&
      known[2] === st.ino &&
      st.mtimeMs + RACY_MS < known[4]
    ) {
      this.stats.stat++;
      this.next[path] = known;
      return known[3];
    }
    const hashedAt = Date.now();
    const digest = createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
    this.stats.hashed++;
    this.next[path] = [st.size, st.mtimeMs, st.ino, digest, hashedAt];
    return digest;
  }

  /** Keeps the digests of the files looked at in this build (files no longer looked at are forgotten). */
  async save(): Promise<void> {
    const temp = `${this.file}.tmp-${process.pid}`;
    await writeFile(temp, JSON.stringify(this.next));
    await rename(temp, this.file);
  }
}

import { copyFile, mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/**
 * Writing output the way an incremental build must: a file is written only when its bytes differ
 * from what is there (so an unchanged file keeps its mtime and a sync to a host uploads nothing),
 * and what the build no longer makes is removed. One tracker per output folder.
 */
export class ChangedWriter {
  readonly kept = new Set<string>();
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

  /** Removes every file under `under` (relative; default the root) this build did not write or keep, and the folders left empty. */
  async removeStale(under = ""): Promise<string[]> {
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
          if (await walk(full)) await rmdir(full);
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

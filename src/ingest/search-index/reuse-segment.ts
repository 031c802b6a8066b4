import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { segmentEntryPath, segmentSchema, type Segment } from "@/bundle/search-schema";

/** How many files a segment folder holds (`segment.json` included) and their bytes: what a build needs of a kept folder. */
export interface SegmentFileList {
  files: number;
  bytes: number;
}

/**
 * Where each segment's file count and bytes are kept between builds (the build's result cache, by
 * segment id: an id names its documents and how they were built, so its files are always the same).
 * With it, a kept segment costs two small reads, not a listing and a stat of every file of its
 * folder (one text file per article: ~730 k files at 20 years). The folder is kept whole
 * (`ChangedWriter.keepTree`), so its files need not be named.
 */
export interface SegmentFileStore {
  get: (id: string) => Promise<SegmentFileList | undefined>;
  put: (id: string, list: SegmentFileList) => Promise<void>;
}

/**
 * A segment folder left by an earlier build, if it is whole: its `segment.json` (written after
 * every other file of the segment) is there, valid, names this folder, and the folder holds as
 * many files as it says. Its files are then kept (`keep` is given the folder, relative to the
 * index folder) and not written again. With a record from `store`, the folder is not listed:
 * `segment.json` being there and naming as many files as the record is what makes it whole (it is
 * written last, and a folder is named by its content). Without one, the folder is listed and its
 * files counted and measured, and the list stored. A folder that fails any check is written again
 * (over the same names, so only differing bytes change).
 */
export async function reuseSegment(
  indexDir: string,
  id: string,
  keep: (folder: string) => void,
  store?: SegmentFileStore,
): Promise<{ segment: Segment; bytes: number } | null> {
  let raw: string;
  try {
    raw = await readFile(join(indexDir, segmentEntryPath(id)), "utf8");
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = segmentSchema.safeParse(data);
  if (!parsed.success || parsed.data.id !== id) return null;
  let list = await store?.get(id);
  if (list === undefined) {
    const files = await listFiles(join(indexDir, id));
    let bytes = 0;
    for (const file of files) bytes += (await stat(join(indexDir, id, file))).size;
    list = { files: files.length, bytes };
    if (files.length === parsed.data.files) await store?.put(id, list);
  }
  if (list.files !== parsed.data.files) return null;
  keep(id);
  return { segment: parsed.data, bytes: list.bytes };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

import { join } from "node:path";
import { SEARCH_ENTRY_FILE, type SearchDoc } from "@/bundle/search-schema";
import type { ChangedWriter } from "../cache/write-changed";
import { buildSearchIndex, type SearchIndexOptions, type SearchIndexStats } from "./build-search-index";
import { reuseSegment, type SegmentFileList, type SegmentFileStore } from "./reuse-segment";
import type { DocSource } from "./doc-sources";

/**
 * Writes the search index into `dir` (relative to the writer's root) through `out`: a segment
 * folder already there and whole is kept as it is (not encoded nor written again, and kept as a
 * folder: `out.keepTree`), the others are written, and whatever the index no longer names is left
 * for `out.removeStale()`. With `store`, each segment's file count and bytes are kept between builds, so a
 * kept segment's folder is neither listed nor its files measured (`reuse-segment.ts`). Returns the
 * entry's bytes (the caller names the entry file) and `bytes`: every file of the index, kept or written.
 */
export async function writeSearchIndex(
  out: ChangedWriter,
  dir: string,
  docs: readonly SearchDoc[] | { sources: readonly DocSource[] },
  options: Partial<SearchIndexOptions> = {},
  store?: SegmentFileStore,
): Promise<{ entry: Uint8Array; stats: SearchIndexStats; bytes: number }> {
  let entry: Uint8Array | null = null;
  let bytes = 0;
  /** The files of each segment this build writes, as they are emitted. */
  const made = new Map<string, SegmentFileList>();
  const stats = await buildSearchIndex(
    docs,
    async (path, data) => {
      bytes += data.length;
      if (path === SEARCH_ENTRY_FILE) {
        entry = data;
        return;
      }
      // A page of older segments: a file of its own, named by its content, in no segment's folder.
      if (path.startsWith("pages/")) {
        await out.write(`${dir}/${path}`, data);
        return;
      }
      const slash = path.indexOf("/");
      const id = path.slice(0, slash);
      const list = made.get(id) ?? { files: 0, bytes: 0 };
      made.set(id, list);
      list.files++;
      list.bytes += data.length;
      await out.write(`${dir}/${path}`, data);
    },
    {
      ...options,
      reuse: async (id) => {
        const found = await reuseSegment(join(out.root, dir), id, (folder) => out.keepTree(`${dir}/${folder}`), store);
        if (found === null) return null;
        bytes += found.bytes;
        return found.segment;
      },
    },
  );
  if (entry === null) throw new Error("the search index builder emitted no entry");
  for (const [id, list] of made) {
    out.keepTree(`${dir}/${id}`);
    await store?.put(id, list);
  }
  return { entry, stats, bytes };
}

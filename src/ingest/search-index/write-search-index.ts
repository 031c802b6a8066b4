import { join } from "node:path";
import { SEARCH_ENTRY_FILE, type SearchDoc } from "@/bundle/search-schema";
import type { ChangedWriter } from "../cache/write-changed";
import { buildSearchIndex, type SearchIndexOptions, type SearchIndexStats } from "./build-search-index";
import { reuseSegment } from "./reuse-segment";
import type { DocSource } from "./doc-sources";

/**
 * Writes the search index into `dir` (relative to the writer's root) through `out`: a segment
 * folder already there and whole is kept as it is (not encoded nor written again), the others are
 * written, and whatever the index no longer names is left for `out.removeStale()`. Returns the
 * entry's bytes (the caller names the entry file) and `bytes`: every file of the index, kept or written.
 */
export async function writeSearchIndex(
  out: ChangedWriter,
  dir: string,
  docs: readonly SearchDoc[] | { sources: readonly DocSource[] },
  options: Partial<SearchIndexOptions> = {},
): Promise<{ entry: Uint8Array; stats: SearchIndexStats; bytes: number }> {
  let entry: Uint8Array | null = null;
  let bytes = 0;
  const stats = await buildSearchIndex(
    docs,
    async (path, data) => {
      bytes += data.length;
      if (path === SEARCH_ENTRY_FILE) entry = data;
      else await out.write(`${dir}/${path}`, data);
    },
    {
      ...options,
      reuse: async (id) => {
        const found = await reuseSegment(join(out.root, dir), id, (path) => out.keep(`${dir}/${path}`));
        if (found === null) return null;
        bytes += found.bytes;
        return found.segment;
      },
    },
  );
  if (entry === null) throw new Error("the search index builder emitted no entry");
  return { entry, stats, bytes };
}

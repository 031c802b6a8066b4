import { SEARCH_ENTRY_FILE } from "@/bundle/search-schema";
import { restoreSearchIndex } from "@/bundle/restore-search";
import { CACHE_BYTES, createSegmentedEngine } from "./engine/segmented-engine";
import { createSmallEngine } from "./engine/small-engine";
import { foldingId } from "./fold/fold";
import type { FetchBytes, SearchEngine } from "./search-types";

/**
 * Opens a search index: fetches its entry, checks its version (an index written by an older Folio
 * says it needs a rebuild) and schema, checks that it was folded like this code folds queries, and
 * returns the engine for its mode. Paths passed to `fetchBytes` are relative to the folder of the
 * entry. `cacheBytes` bounds the decoded files a segmented index keeps.
 */
export async function openSearchIndex(
  fetchBytes: FetchBytes,
  options: { cacheBytes?: number } = {},
): Promise<SearchEngine> {
  const raw = await fetchBytes(SEARCH_ENTRY_FILE);
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  const index = restoreSearchIndex(JSON.parse(new TextDecoder().decode(bytes)));
  if (index.folding !== foldingId()) {
    throw new Error(
      `search index was folded as ${index.folding}, this code folds as ${foldingId()}: rebuild the index`,
    );
  }
  return index.mode === "small"
    ? createSmallEngine(index)
    : createSegmentedEngine(index, fetchBytes, options.cacheBytes ?? CACHE_BYTES);
}

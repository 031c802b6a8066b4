import * as z from "zod/mini";
import { SEARCH_ENTRY_FILE, searchIndexSchema } from "@/bundle/search-schema";
import { CACHE_BYTES, createShardedEngine } from "./engine/sharded-engine";
import { createSmallEngine } from "./engine/small-engine";
import { foldingId } from "./fold/fold";
import type { FetchBytes, SearchEngine } from "./search-types";

/**
 * Opens a search index: fetches and validates `index.json`, checks that it was folded like this
 * code folds queries, and returns the engine for its mode. Paths passed to `fetchBytes` are
 * relative to the folder of `index.json`. `cacheBytes` bounds the decoded files a sharded index keeps.
 */
export async function openSearchIndex(
  fetchBytes: FetchBytes,
  options: { cacheBytes?: number } = {},
): Promise<SearchEngine> {
  const raw = await fetchBytes(SEARCH_ENTRY_FILE);
  const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  const parsed = searchIndexSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  if (!parsed.success) throw new Error(`search index is invalid:\n${z.prettifyError(parsed.error)}`);
  const index = parsed.data;
  if (index.folding !== foldingId()) {
    throw new Error(
      `search index was folded as ${index.folding}, this code folds as ${foldingId()}: rebuild the index`,
    );
  }
  return index.mode === "small"
    ? createSmallEngine(index)
    : createShardedEngine(index, fetchBytes, options.cacheBytes ?? CACHE_BYTES);
}

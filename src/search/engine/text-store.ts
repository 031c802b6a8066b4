import { textShardPath, textShardSchema, type SegmentRef } from "@/bundle/search-schema";
import * as z from "zod/mini";
import { loadDoc, type LoadedDoc } from "./doc-match";
import type { FetchCache } from "./fetch-cache";
import type { DocLoader } from "./collect-hits";

/** Folded text and objects take several times the JSON's bytes: the cache's accounting factor. */
const LOADED_EXPANSION = 3;

/** Loads documents of one segment from their text shards, folded and ready to check. */
export function textLoader(index: SegmentRef, files: FetchCache): DocLoader {
  const decoder = new TextDecoder();
  const shardOf = (id: number): number => Math.floor(id / index.docsPerTextShard);
  const load = (n: number): Promise<LoadedDoc[]> =>
    files.get(
      textShardPath(index.id, n),
      (bytes) => {
        const parsed = textShardSchema.safeParse(JSON.parse(decoder.decode(bytes)));
        if (!parsed.success) throw new Error(`text shard ${n} is invalid:\n${z.prettifyError(parsed.error)}`);
        return parsed.data.docs.map((doc, k) => loadDoc(parsed.data.first + k, doc));
      },
      LOADED_EXPANSION,
    );
  return async (ids) => {
    const shards = [...new Set(ids.map(shardOf))];
    const before = files.fetchedFiles;
    const loaded = await Promise.all(shards.map(load));
    const docs = new Map<number, LoadedDoc>();
    for (const list of loaded) for (const d of list) docs.set(d.id, d);
    return { docs, fetched: files.fetchedFiles - before };
  };
}

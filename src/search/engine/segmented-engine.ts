import type { SegmentedIndex } from "@/bundle/search-schema";
import { foldText } from "../fold/fold";
import { parseQuery } from "../query";
import {
  DEFAULT_LIMIT,
  type FetchBytes,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
} from "../search-types";
import { collectHits, type DocLoader } from "./collect-hits";
import type { LoadedDoc } from "./doc-match";
import { FetchCache } from "./fetch-cache";
import { SegmentSearch, type SegmentCandidates } from "./segment-search";

/** Decoded files kept by one open index: a long session's worth of shards, far below a phone's memory. */
export const CACHE_BYTES = 48 * 1024 * 1024;
/**
 * Text shards one call may download beyond one per hit asked for. A page of hits scattered over
 * the archive needs a shard per hit; past that, candidates that fail the check (bigrams present
 * but not adjacent) must not turn one query into a download of the archive: the call stops, says
 * `truncated`, and the next call continues from the cache.
 */
export const TEXT_FETCH_SLACK = 8;

/**
 * A segmented index: each segment proposes candidates in its own ids, shifted by the documents of
 * the (newer) segments before it, so that the concatenation is in exactly the order and ids of
 * one index over all documents. The hits are then collected once over that list, as for a single
 * index: ranking (newest first, or title hits first), totals, offsets and the download budget do
 * not depend on how documents fell into segments. Document counts are the only corpus statistics
 * the engine uses (to decode bitmaps, per segment); no score depends on term frequencies.
 */
export function createSegmentedEngine(
  index: SegmentedIndex,
  fetchBytes: FetchBytes,
  cacheBytes = CACHE_BYTES,
): SearchEngine {
  const files = new FetchCache(fetchBytes, cacheBytes);
  const segments = index.segments.map((segment) => new SegmentSearch(segment, files));
  const offsets: number[] = [];
  let docCount = 0;
  for (const s of segments) {
    offsets.push(docCount);
    docCount += s.segment.docCount;
  }
  if (docCount !== index.docCount)
    throw new Error(`search index lists ${index.docCount} documents but its segments hold ${docCount}`);

  /** The segment a global id falls in: the last whose offset is at most the id. */
  const segmentOf = (id: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (offsets[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const load: DocLoader = async (ids) => {
    const bySegment = new Map<number, number[]>();
    for (const id of ids) {
      const n = segmentOf(id);
      const local = bySegment.get(n) ?? [];
      local.push(id - offsets[n]!);
      bySegment.set(n, local);
    }
    const parts = await Promise.all(
      [...bySegment].map(async ([n, local]) => ({ n, loaded: await segments[n]!.load(local) })),
    );
    const docs = new Map<number, LoadedDoc>();
    let fetched = 0;
    for (const { n, loaded } of parts) {
      fetched += loaded.fetched;
      for (const d of loaded.docs.values()) docs.set(d.id + offsets[n]!, { ...d, id: d.id + offsets[n]! });
    }
    return { docs, fetched };
  };

  return {
    mode: "segmented",
    docCount,
    async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
      const { words } = parseQuery(query);
      const texts = words.map((w) => w.text);
      if (words.length === 0) return { words: texts, hits: [], total: 0, totalExact: true, truncated: false };
      const filters = options.filters ?? {};
      const titleFirst = options.sort === "title-first";
      const person = filters.person === undefined ? null : foldText(filters.person);
      const asked = { words, filters, person, titleFirst };
      const offset = options.offset ?? 0;
      const limit = options.limit ?? DEFAULT_LIMIT;
      const budget = options.maxTextFetches ?? limit + TEXT_FETCH_SLACK;
      // Newest first, a page of hits is in the newest segments that hold enough candidates: the
      // older ones are fetched only when the page is not full (`segmentsToFetch`). Title-first
      // needs every segment (a title hit may be anywhere).
      const found: (SegmentCandidates | null)[] = segments.map(() => null);
      let fetched = 0;
      for (;;) {
        const next = titleFirst ? segments.length : fetched + segmentsToFetch(fetched);
        await Promise.all(
          segments.slice(fetched, next).map(async (s, i) => {
            if (s.mayMatch(filters)) found[fetched + i] = await s.candidates(asked);
          }),
        );
        fetched = Math.min(next, segments.length);
        const complete = fetched === segments.length;
        const candidates = concatenate(found.slice(0, fetched).map((f) => f?.candidates ?? null));
        // Too few candidates for the page: even all of them would not fill it.
        if (!complete && candidates.length <= offset + limit) continue;
        const collected = await collectHits({
          words,
          personNames: personNamesOf(found),
          candidates,
          titleFirst: titleFirst ? concatenate(found.map((f) => f?.inTitle ?? null)) : null,
          countExact: words.every((w) => w.exact),
          offset,
          limit,
          load,
          snippets: options.snippets ?? true,
          budget,
        });
        if (complete) return { words: texts, ...collected };
        // A full page, or a stop at the download budget, is the page a search over every segment
        // gives. The total counts the segments looked at only (more may be in older ones): not
        // exact, and when it shows no more than the page, the answer says to ask again for more.
        if (collected.hits.length === limit || collected.truncated)
          return {
            words: texts,
            ...collected,
            totalExact: false,
            truncated: collected.truncated || collected.total <= offset + collected.hits.length,
          };
      }

      /** Segments' local ids shifted to global ones, in segment order: ascending, since offsets are. */
      function concatenate(lists: readonly (Uint32Array | null)[]): Uint32Array {
        const out = new Uint32Array(lists.reduce((n, l) => n + (l?.length ?? 0), 0));
        let at = 0;
        lists.forEach((list, n) => {
          if (list === null) return;
          for (const id of list) out[at++] = id + offsets[n]!;
        });
        return out;
      }
    },
  };
}

/**
 * How many more segments to fetch after `fetched` of them held too few candidates for the page:
 * one at first (the newest, where a newest-first page of a common word is), then doubling, so an
 * answer deep in the archive costs a few round trips, not one per segment.
 */
export function segmentsToFetch(fetched: number): number {
  return Math.max(1, fetched);
}

/** The person names that each pinyin word stands for, over the segments fetched. */
function personNamesOf(found: readonly (SegmentCandidates | null)[]): Map<string, Set<string>> {
  const personNames = new Map<string, Set<string>>();
  for (const f of found)
    for (const [word, names] of f?.personNames ?? []) {
      const all = personNames.get(word) ?? new Set<string>();
      for (const name of names) all.add(name);
      personNames.set(word, all);
    }
  return personNames;
}

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
import type { SegmentCandidates } from "./segment-search";
import { SegmentList, type PlacedSegment } from "./segment-list";

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
  const segments = new SegmentList(index, files);

  const load: DocLoader = async (ids) => {
    const bySegment = new Map<PlacedSegment, number[]>();
    for (const id of ids) {
      const segment = segments.holding(id);
      const local = bySegment.get(segment) ?? [];
      local.push(id - segment.offset);
      bySegment.set(segment, local);
    }
    const parts = await Promise.all(
      [...bySegment].map(async ([segment, local]) => ({ segment, loaded: await segment.search.load(local) })),
    );
    const docs = new Map<number, LoadedDoc>();
    let fetched = 0;
    for (const { segment, loaded } of parts) {
      fetched += loaded.fetched;
      for (const d of loaded.docs.values()) docs.set(d.id + segment.offset, { ...d, id: d.id + segment.offset });
    }
    return { docs, fetched };
  };

  return {
    mode: "segmented",
    docCount: index.docCount,
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
      const found: (Found | null)[] = Array.from({ length: segments.count }, () => null);
      let fetched = 0;
      for (;;) {
        const next = Math.min(titleFirst ? segments.count : fetched + segmentsToFetch(fetched), segments.count);
        await Promise.all(
          Array.from({ length: next - fetched }, async (_, i) => {
            const segment = await segments.at(fetched + i, filters);
            if (segment !== null && segment.search.mayMatch(filters))
              found[fetched + i] = { ...(await segment.search.candidates(asked)), offset: segment.offset };
          }),
        );
        fetched = next;
        const complete = fetched === segments.count;
        const candidates = concatenate(found.slice(0, fetched), (f) => f.candidates);
        // Too few candidates for the page: even all of them would not fill it.
        if (!complete && candidates.length <= offset + limit) continue;
        const collected = await collectHits({
          words,
          personNames: personNamesOf(found),
          candidates,
          titleFirst: titleFirst ? concatenate(found, (f) => f.inTitle) : null,
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
    },
  };
}

/** A segment's candidates, and the global id of its first document. */
type Found = SegmentCandidates & { offset: number };

/** Segments' local ids shifted to global ones, in segment order: ascending, since offsets are. */
function concatenate(found: readonly (Found | null)[], list: (f: Found) => Uint32Array | null): Uint32Array {
  const out = new Uint32Array(found.reduce((n, f) => n + (f === null ? 0 : (list(f)?.length ?? 0)), 0));
  let at = 0;
  for (const f of found) {
    if (f === null) continue;
    for (const id of list(f) ?? []) out[at++] = id + f.offset;
  }
  return out;
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

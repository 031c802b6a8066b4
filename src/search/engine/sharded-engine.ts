import { TermKind, type ShardedIndex } from "@/bundle/search-schema";
import { foldText } from "../fold/fold";
import { intersect, union, withinRanges } from "../index/doc-set";
import { parseQuery, type QueryWord } from "../query";
import {
  DEFAULT_LIMIT,
  type FetchBytes,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
} from "../search-types";
import { collectHits } from "./collect-hits";
import { FetchCache } from "./fetch-cache";
import { issueSpans, rangesFor } from "./filters";
import { PostingStore } from "./posting-store";
import { textLoader } from "./text-store";

/** Decoded files kept by one open index: a long session's worth of shards, far below a phone's memory. */
export const CACHE_BYTES = 48 * 1024 * 1024;
/**
 * Text shards one call may download beyond one per hit asked for. A page of hits scattered over
 * the archive needs a shard per hit; past that, candidates that fail the check (bigrams present
 * but not adjacent) must not turn one query into a download of the archive: the call stops, says
 * `truncated`, and the next call continues from the cache.
 */
export const TEXT_FETCH_SLACK = 8;

export function createShardedEngine(
  index: ShardedIndex,
  fetchBytes: FetchBytes,
  cacheBytes = CACHE_BYTES,
): SearchEngine {
  const files = new FetchCache(fetchBytes, cacheBytes);
  const postings = new PostingStore(index, files);
  const load = textLoader(index, files);
  const spans = issueSpans(index);

  async function wordCandidates(w: QueryWord, personNames: Map<string, ReadonlySet<string>>): Promise<Uint32Array> {
    const [text, person] = await Promise.all([
      postings.all(TermKind.TEXT, w.grams),
      w.personKey === null ? undefined : postings.entry(TermKind.PERSON_KEY, w.personKey),
    ]);
    if (person === undefined) return text;
    personNames.set(w.text, new Set(person.names));
    return union(text, await postings.posting(person));
  }

  return {
    mode: "sharded",
    docCount: index.docCount,
    async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
      const { words } = parseQuery(query);
      const texts = words.map((w) => w.text);
      if (words.length === 0) return { words: texts, hits: [], total: 0, totalExact: true, truncated: false };
      const filters = options.filters ?? {};
      const titleFirst = options.sort === "title-first";
      const person = filters.person === undefined ? null : foldText(filters.person);
      const page = filters.page === undefined ? null : String(filters.page);
      await postings.prefetch([
        ...words.flatMap((w) => w.grams.map((g) => [TermKind.TEXT, g] as const)),
        ...words.flatMap((w) => (w.personKey === null ? [] : [[TermKind.PERSON_KEY, w.personKey] as const])),
        ...(person === null ? [] : [[TermKind.PERSON, person] as const]),
        ...(page === null ? [] : [[TermKind.PAGE, page] as const]),
      ]);
      const personNames = new Map<string, ReadonlySet<string>>();
      const perWord = await Promise.all(words.map((w) => wordCandidates(w, personNames)));
      let candidates = perWord.sort((a, b) => a.length - b.length).reduce((acc, ids) => intersect(acc, ids));
      const ranges = rangesFor(spans, filters);
      if (ranges !== null) candidates = withinRanges(candidates, ranges);
      if (person !== null) candidates = intersect(candidates, await postings.all(TermKind.PERSON, [person]));
      if (page !== null) candidates = intersect(candidates, await postings.all(TermKind.PAGE, [page]));
      let inTitle: Uint32Array | null = null;
      if (titleFirst) {
        inTitle = candidates;
        for (const w of words) inTitle = intersect(inTitle, await postings.all(TermKind.TITLE, w.grams));
      }
      const collected = await collectHits({
        words,
        personNames,
        candidates,
        titleFirst: inTitle,
        countExact: words.every((w) => w.exact),
        offset: options.offset ?? 0,
        limit: options.limit ?? DEFAULT_LIMIT,
        load,
        snippets: options.snippets ?? true,
        budget: options.maxTextFetches ?? (options.limit ?? DEFAULT_LIMIT) + TEXT_FETCH_SLACK,
      });
      return { words: texts, ...collected };
    },
  };
}

import * as z from "zod/mini";
import { TermKind, segmentEntryPath, segmentSchema, type SegmentRef } from "@/bundle/search-schema";
import { intersect, union, withinRanges } from "../index/doc-set";
import type { QueryWord } from "../query";
import type { SearchFilters } from "../search-types";
import type { DocLoader } from "./collect-hits";
import type { FetchCache } from "./fetch-cache";
import { datesMayMatch, issueSpans, keepsWholeSegment, rangesFor, type IssueSpan } from "./filters";
import { PostingStore } from "./posting-store";
import { textLoader } from "./text-store";

/** What one segment proposes for a query, in its own (local) ids. */
export interface SegmentCandidates {
  /** Ascending local ids, a superset of the matches (exactly the matches when every word is exact). */
  candidates: Uint32Array;
  /** Sort title-first: candidates whose title may have every word; else null. */
  inTitle: Uint32Array | null;
  /** Words that may be pinyin: the folded names having that key, in this segment. */
  personNames: Map<string, ReadonlySet<string>>;
}

export interface SegmentQuery {
  words: readonly QueryWord[];
  filters: SearchFilters;
  /** `filters.person` folded. */
  person: string | null;
  titleFirst: boolean;
}

/** Decoded issue spans take more room than the table's JSON: the cache's accounting factor. */
const SPANS_EXPANSION = 4;

/**
 * One segment of a segmented index: its postings and texts, fetched on demand through the shared
 * cache, and its issue table (its `segment.json`) only when a date or paper filter keeps part of it.
 */
export class SegmentSearch {
  readonly load: DocLoader;
  private readonly postings: PostingStore;

  constructor(
    readonly segment: SegmentRef,
    private readonly files: FetchCache,
  ) {
    this.postings = new PostingStore(segment, files);
    this.load = textLoader(segment, files);
  }

  /** Each issue's id range, date and paper, from the segment's own entry. */
  private spans(): Promise<IssueSpan[]> {
    const { id, docCount } = this.segment;
    return this.files.get(
      segmentEntryPath(id),
      (bytes) => {
        const parsed = segmentSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
        if (!parsed.success)
          throw new Error(`search segment ${id}: segment.json is invalid:\n${z.prettifyError(parsed.error)}`);
        if (parsed.data.id !== id || parsed.data.docCount !== docCount)
          throw new Error(`search segment ${id}: segment.json describes another segment (${parsed.data.id})`);
        return issueSpans(parsed.data);
      },
      SPANS_EXPANSION,
    );
  }

  /** False when the date and paper filters exclude every document: the segment is not fetched at all. */
  mayMatch(filters: SearchFilters): boolean {
    return datesMayMatch(this.segment, filters);
  }

  async candidates(query: SegmentQuery): Promise<SegmentCandidates> {
    const { words, filters, person, titleFirst } = query;
    const page = filters.page === undefined ? null : String(filters.page);
    // Fetched beside the postings, and only when the filters cut the segment.
    const spans = keepsWholeSegment(this.segment, filters) ? null : this.spans();
    const postings = this.postings;
    await postings.prefetch([
      ...words.flatMap((w) => w.grams.map((g) => [TermKind.TEXT, g] as const)),
      ...words.flatMap((w) => (w.personKey === null ? [] : [[TermKind.PERSON_KEY, w.personKey] as const])),
      ...(person === null ? [] : [[TermKind.PERSON, person] as const]),
      ...(page === null ? [] : [[TermKind.PAGE, page] as const]),
    ]);
    const personNames = new Map<string, ReadonlySet<string>>();
    const wordCandidates = async (w: QueryWord): Promise<Uint32Array> => {
      const [text, personKey] = await Promise.all([
        postings.all(TermKind.TEXT, w.grams),
        w.personKey === null ? undefined : postings.entry(TermKind.PERSON_KEY, w.personKey),
      ]);
      if (personKey === undefined) return text;
      personNames.set(w.text, new Set(personKey.names));
      return union(text, await postings.posting(personKey));
    };
    const perWord = await Promise.all(words.map(wordCandidates));
    let candidates = perWord.sort((a, b) => a.length - b.length).reduce((acc, ids) => intersect(acc, ids));
    const ranges = spans === null ? null : rangesFor(await spans, filters);
    if (ranges !== null) candidates = withinRanges(candidates, ranges);
    if (person !== null) candidates = intersect(candidates, await postings.all(TermKind.PERSON, [person]));
    if (page !== null) candidates = intersect(candidates, await postings.all(TermKind.PAGE, [page]));
    let inTitle: Uint32Array | null = null;
    if (titleFirst) {
      inTitle = candidates;
      for (const w of words) inTitle = intersect(inTitle, await postings.all(TermKind.TITLE, w.grams));
    }
    return { candidates, inTitle, personNames };
  }
}

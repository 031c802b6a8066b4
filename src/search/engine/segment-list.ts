import * as z from "zod/mini";
import { segmentPageSchema, type SegmentPageRef, type SegmentedIndex } from "@/bundle/search-schema";
import type { SearchFilters } from "../search-types";
import type { FetchCache } from "./fetch-cache";
import { datesMayMatch } from "./filters";
import { SegmentSearch } from "./segment-search";

/** A segment once known: its search and the global id of its first document. */
export interface PlacedSegment {
  search: SegmentSearch;
  offset: number;
}

/** Consecutive segments: one the entry lists, or a page of older ones. */
interface Group {
  /** Index of its first segment, and global id of its first document. */
  first: number;
  offset: number;
  size: number;
  /** The page's record, for a page; null for a segment the entry lists. */
  page: SegmentPageRef | null;
  segments: PlacedSegment[] | Promise<PlacedSegment[]> | null;
}

/** Decoded segment records take a few times their JSON: the cache's accounting factor. */
const PAGE_EXPANSION = 4;

/**
 * The segments of a segmented index in order, newest first: those the entry lists, then those of
 * its pages of older segments, a page fetched when a query first reaches one of its segments (a
 * page the date and paper filters leave out is passed by unfetched). Global ids follow the same
 * order, so a page's first id is known before it is fetched: the documents of everything before it.
 */
export class SegmentList {
  readonly count: number;
  private readonly groups: Group[] = [];

  constructor(
    index: SegmentedIndex,
    private readonly files: FetchCache,
  ) {
    let offset = 0;
    let first = 0;
    for (const segment of index.segments) {
      this.groups.push({
        first,
        offset,
        size: 1,
        page: null,
        segments: [{ search: new SegmentSearch(segment, files), offset }],
      });
      offset += segment.docCount;
      first++;
    }
    for (const page of index.pages) {
      this.groups.push({ first, offset, size: page.segmentCount, page, segments: null });
      offset += page.docCount;
      first += page.segmentCount;
    }
    this.count = first;
    if (offset !== index.docCount)
      throw new Error(`search index lists ${index.docCount} documents but its segments hold ${offset}`);
  }

  /** Segment `i`, or null when the filters leave out the whole page it is in (then not fetched). */
  async at(i: number, filters: SearchFilters): Promise<PlacedSegment | null> {
    const group = this.groups[this.groupOf((g) => g.first, i)]!;
    if (group.page !== null && !datesMayMatch(group.page, filters)) return null;
    return (await this.load(group))[i - group.first]!;
  }

  /** The segment holding global id `id`, which must be in a segment already read. */
  holding(id: number): PlacedSegment {
    const group = this.groups[this.groupOf((g) => g.offset, id)]!;
    const segments = group.segments;
    if (!Array.isArray(segments)) throw new Error(`search index: document ${id} is in a page not read yet`);
    let found = segments[0]!;
    for (const s of segments) if (s.offset <= id) found = s;
    return found;
  }

  /** The last group whose `key` is at most `value`. */
  private groupOf(key: (g: Group) => number, value: number): number {
    let lo = 0;
    let hi = this.groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (key(this.groups[mid]!) <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private load(group: Group): PlacedSegment[] | Promise<PlacedSegment[]> {
    if (group.segments !== null) return group.segments;
    const page = group.page!;
    const loading = this.files
      .get(
        page.file,
        (bytes) => {
          const parsed = segmentPageSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
          if (!parsed.success)
            throw new Error(`search index page ${page.file} is invalid:\n${z.prettifyError(parsed.error)}`);
          return parsed.data.segments;
        },
        PAGE_EXPANSION,
      )
      .then((segments) => {
        const docs = segments.reduce((n, s) => n + s.docCount, 0);
        if (segments.length !== page.segmentCount || docs !== page.docCount)
          throw new Error(
            `search index page ${page.file} holds ${segments.length} segments and ${docs} documents, the entry says ${page.segmentCount} and ${page.docCount}`,
          );
        let offset = group.offset;
        const placed = segments.map((segment) => {
          const s = { search: new SegmentSearch(segment, this.files), offset };
          offset += segment.docCount;
          return s;
        });
        group.segments = placed;
        return placed;
      });
    // A failed fetch is forgotten, so that the next query tries again.
    group.segments = loading;
    loading.catch(() => {
      if (group.segments === loading) group.segments = null;
    });
    return loading;
  }
}

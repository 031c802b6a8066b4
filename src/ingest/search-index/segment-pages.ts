import { createHash } from "node:crypto";
import * as z from "zod/mini";
import {
  SEARCH_INDEX_VERSION,
  segmentPageSchema,
  type SegmentPage,
  type SegmentPageRef,
  type SegmentRef,
} from "@/bundle/search-schema";

/**
 * Segments the entry lists itself, at least: the newest, which a new day's issue and the merges it
 * carries rewrite (the recent window and the blocks under the merge cap: about 7 for a daily the
 * size of the People's Daily), and which a newest-first query reads first.
 */
export const ENTRY_SEGMENTS = 8;
/**
 * Older segments per page. The entry lists at most `ENTRY_SEGMENTS + SEGMENTS_PER_PAGE - 1`
 * segments and one record per page: at twenty years of the People's Daily (70–140 segments under
 * the merge cap) up to 23 segments and 9 pages, against all of them. A query that reaches an older
 * segment fetches its page (a few kB) once.
 */
export const SEGMENTS_PER_PAGE = 16;

export interface PagedSegments {
  /** The segments the entry lists, newest first. */
  listed: SegmentRef[];
  /** The pages of the others, newest first, with their files' bytes (path: `ref.file`). */
  pages: { ref: SegmentPageRef; bytes: Uint8Array }[];
}

const PAGE_HASH_LENGTH = 16;

/**
 * Cuts the segments (newest first) into those the entry lists and pages of the older ones. Pages
 * are counted from the oldest segment, so a page holds the same segments from build to build (old
 * segments, past the merge cap, never change) and its file, named by its content, is written again
 * only when one of its segments changes (an old day added); a new page appears when
 * `SEGMENTS_PER_PAGE` more have aged past the listed ones. Depends on the segments alone: a full
 * and an incremental build page alike.
 */
export function pageSegments(
  segments: readonly SegmentRef[],
  entrySegments = ENTRY_SEGMENTS,
  perPage = SEGMENTS_PER_PAGE,
): PagedSegments {
  const pageCount = Math.floor(Math.max(0, segments.length - entrySegments) / perPage);
  const listedCount = segments.length - pageCount * perPage;
  const pages: PagedSegments["pages"] = [];
  for (let at = listedCount; at < segments.length; at += perPage) {
    const part = segments.slice(at, at + perPage);
    const page: SegmentPage = { type: "folio/search-segments", version: SEARCH_INDEX_VERSION, segments: part };
    const parsed = segmentPageSchema.safeParse(page);
    if (!parsed.success) throw new Error(`search segment page fails its schema:\n${z.prettifyError(parsed.error)}`);
    const bytes = new TextEncoder().encode(JSON.stringify(parsed.data));
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, PAGE_HASH_LENGTH);
    pages.push({
      ref: {
        file: `pages/${hash}.json`,
        from: part.at(-1)!.from,
        to: part[0]!.to,
        docCount: part.reduce((n, s) => n + s.docCount, 0),
        segmentCount: part.length,
        papers: [...new Set(part.flatMap((s) => s.papers))].sort(),
      },
      bytes,
    });
  }
  return { listed: segments.slice(0, listedCount), pages };
}

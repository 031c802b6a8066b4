import * as z from "zod/mini";

/**
 * The search index's files: the one definition of what the index builder writes and the search
 * worker reads. The entry (`manifest.search`, rewritten on each build) is validated on load; so is
 * every text shard. Posting shards are binary; their layout is defined below, next to the JSON schemas.
 *
 * Small corpora: the entry holds every document and the worker scans them.
 * Larger ones: the entry lists the live *segments*, newest first, each by what a query needs to
 * choose and read it (`segmentRefSchema`: a few numbers, its dates and papers); past the newest
 * few, in pages of older segments (`segmentPageSchema`), one record each. A segment holds the
 * documents of a range of dates (how ranges are cut: `src/ingest/search-index/segment-policy.ts`)
 * in its own folder, named by a hash of its content, whose files never change once written:
 *   <segment>/p/<n>.bin      posting shard n: terms whose hash mod `postingShards` is n, small postings inline
 *   <segment>/b/<hash>.bin   one large posting list, named by its content hash, referenced by a shard
 *   <segment>/t/<n>.json     text shard n: documents n·docsPerTextShard … (n+1)·docsPerTextShard − 1
 *   <segment>/segment.json   the segment's own entry, with its issue table (`segmentSchema`), written
 *                            last; the engine fetches it only when a date or paper filter cuts the segment
 * Document ids inside a segment are local (0 … docCount − 1); a segment's global ids start after the
 * documents of the segments listed before it, which are all newer, so global ids are exactly the
 * ids one index over all documents would give (newest-first order).
 *
 * Version 2 (segments) replaced version 1 (one build folder named by a hash of all documents, which
 * a new issue renamed whole). A version-1 entry cannot be read as segments: `restoreSearchIndex`
 * says that the bundle needs `folio build` again. Version 3 took the segments' issue tables (one
 * row per issue: the part of the entry that grew with the archive) out of the entry; they stay in
 * each `segment.json`, and lists only the newest segments itself, the older ones in pages of a
 * fixed number (`pages/<hash>.json`). A version-2 entry is upgraded in the browser (its segment
 * records cut down to references, no pages): its segment folders are the same as version 3's.
 */
export const SEARCH_INDEX_VERSION = 3;

/**
 * The version of a segment folder's files (`segment.json`, text shards; posting shards carry their
 * magic). Version 3 of the index changed the entry only, so a segment written for a version-2
 * index is a version-3 segment: it keeps its name (the hash includes this version, not the
 * entry's), and a build after the upgrade rewrites the entry alone.
 */
export const SEARCH_SEGMENT_VERSION = 2;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u, "a date as YYYY-MM-DD"));
const count = z.number().check(z.int(), z.nonnegative());
const hex = z.string().check(z.regex(/^[0-9a-f]{8,64}$/u, "a hex hash"));

/** One document as search shows it; ids are positions in newest-first order. */
export const searchDocSchema = z.object({
  key: z.string().check(z.minLength(1)),
  date: isoDate,
  paper: z.string(),
  page: z.number().check(z.int(), z.positive()),
  title: z.string(),
  subtitles: z.array(z.string()),
  byline: z.nullable(z.string()),
  paragraphs: z.array(z.string()),
  caption: z.nullable(z.string()),
  people: z.array(z.string()),
});

const common = {
  type: z.literal("folio/search-index"),
  version: z.literal(SEARCH_INDEX_VERSION),
  /** `foldingId()` of the build: the worker refuses an index folded differently from its queries. */
  folding: z.string(),
};

export const smallIndexSchema = z.object({
  ...common,
  mode: z.literal("small"),
  docs: z.array(searchDocSchema),
  /** Pinyin and initials (`liaoshuyi`, `lsy`) → the folded names that have them. */
  personKeys: z.record(z.string(), z.array(z.string())),
});

/** A segment's fields that the index entry lists too (`segmentRefSchema`). */
const segmentRefFields = {
  /** The segment's folder: a hash of its documents and of how it was built. */
  id: hex,
  /** Oldest and newest date of its documents. */
  from: isoDate,
  to: isoDate,
  docCount: count,
  papers: z.array(z.string()),
  postingShards: z.number().check(z.int(), z.positive()),
  docsPerTextShard: z.number().check(z.int(), z.positive()),
};

/**
 * A segment as the index entry lists it: what choosing it for a query (dates, papers) and reading
 * its files (ids, shard counts) take, the same few fields whatever the segment holds.
 */
export const segmentRefSchema = z.object(segmentRefFields);

/** The entry's record of a segment: its fields that `segmentRefSchema` lists, in that order. */
export function segmentRef(segment: SegmentRef): SegmentRef;
export function segmentRef(segment: Readonly<Record<string, unknown>>): Record<string, unknown>;
export function segmentRef(segment: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(segmentRefFields).map((key) => [key, segment[key]]));
}

/**
 * One segment: the documents of a range of dates, in its own immutable folder (its `segment.json`).
 * Its fields are in the order a version-2 index wrote them, so that a segment kept from then and
 * one written now are the same bytes.
 */
export const segmentSchema = z.object({
  type: z.literal("folio/search-segment"),
  version: z.literal(SEARCH_SEGMENT_VERSION),
  id: segmentRefFields.id,
  from: segmentRefFields.from,
  to: segmentRefFields.to,
  docCount: segmentRefFields.docCount,
  papers: segmentRefFields.papers,
  /** Issues newest first, as columns: each issue's documents follow the previous issue's. */
  issues: z.object({
    /** Days since 1970-01-01: the first absolute, then how many days before the previous one. */
    days: z.array(count),
    paper: z.array(count),
    docs: z.array(count),
  }),
  postingShards: segmentRefFields.postingShards,
  docsPerTextShard: segmentRefFields.docsPerTextShard,
  /** Files in the folder, `segment.json` included: a build reuses a folder only when it is whole. */
  files: count,
});

/**
 * A page of older segments (`pages/<hash>.json`, named by its content): a fixed number of
 * consecutive segments, newest first, that the entry lists as one record (`segmentPageRefSchema`),
 * so that the entry holds a bounded number of segments however many the archive has.
 */
export const segmentPageSchema = z.object({
  type: z.literal("folio/search-segments"),
  version: z.literal(SEARCH_INDEX_VERSION),
  segments: z.array(segmentRefSchema),
});

/** A page of older segments as the entry lists it: what choosing it for a query takes, and its file. */
export const segmentPageRefSchema = z.object({
  /** The page's file, relative to the entry's folder. */
  file: z.string().check(z.regex(/^pages\/[0-9a-f]{8,64}\.json$/u, "pages/<hash>.json")),
  /** Oldest and newest date of its segments. */
  from: isoDate,
  to: isoDate,
  /** Documents and segments it holds. */
  docCount: count,
  segmentCount: z.number().check(z.int(), z.positive()),
  papers: z.array(z.string()),
});

export const segmentedIndexSchema = z.object({
  ...common,
  mode: z.literal("segmented"),
  docCount: count,
  /** The newest segments, newest first; their date ranges do not overlap. */
  segments: z.array(segmentRefSchema),
  /** The older segments, in pages, newest first: every one older than the last of `segments`. */
  pages: z.array(segmentPageRefSchema),
});

export const searchIndexSchema = z.discriminatedUnion("mode", [smallIndexSchema, segmentedIndexSchema]);

export const textShardSchema = z.object({
  type: z.literal("folio/search-text"),
  version: z.literal(SEARCH_SEGMENT_VERSION),
  /** Id of the first document. */
  first: count,
  docs: z.array(searchDocSchema),
});

export type SearchDoc = z.infer<typeof searchDocSchema>;
export type SmallIndex = z.infer<typeof smallIndexSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type SegmentRef = z.infer<typeof segmentRefSchema>;
export type SegmentPage = z.infer<typeof segmentPageSchema>;
export type SegmentPageRef = z.infer<typeof segmentPageRefSchema>;
export type SegmentedIndex = z.infer<typeof segmentedIndexSchema>;
export type SearchIndexFile = z.infer<typeof searchIndexSchema>;
export type TextShard = z.infer<typeof textShardSchema>;

export const SEARCH_ENTRY_FILE = "index.json";
export const postingShardPath = (segment: string, n: number): string => `${segment}/p/${n}.bin`;
export const bigPostingPath = (segment: string, hash: string): string => `${segment}/b/${hash}.bin`;
export const textShardPath = (segment: string, n: number): string => `${segment}/t/${n}.json`;
export const segmentEntryPath = (segment: string): string => `${segment}/segment.json`;

/**
 * Posting shard layout (all integers unsigned LEB128 varints unless said otherwise):
 *   "FSP1"  entryCount
 *   entry*: kind:u8  termLength term(UTF-8)  encoding:u8  df  payloadLength payload  [names]
 * `names` follows only kind PERSON_KEY entries: length, then the folded names joined by "\n".
 * A posting list (inline payload, or a whole big-posting file after its encoding byte) is one of:
 *   LIST        gaps: first id, then id − previous − 1 for each next id
 *   BITMAP      ⌈docCount/8⌉ bytes, doc i at byte i>>3, bit i&7
 *   COMPLEMENT  a LIST of the documents that do NOT have the term (for terms in most documents)
 *   EXTERNAL    payload is the content hash of a big-posting file: encoding:u8, then the list
 */
export const POSTING_SHARD_MAGIC = "FSP1";
export const TermKind = { TEXT: 0, TITLE: 1, PERSON: 2, PERSON_KEY: 3, PAGE: 4 } as const;
export type TermKind = (typeof TermKind)[keyof typeof TermKind];
export const PostingEncoding = { LIST: 0, BITMAP: 1, COMPLEMENT: 2, EXTERNAL: 3 } as const;
export type PostingEncoding = (typeof PostingEncoding)[keyof typeof PostingEncoding];

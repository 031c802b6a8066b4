import { createHash } from "node:crypto";
import * as z from "zod/mini";
import {
  SEARCH_ENTRY_FILE,
  SEARCH_INDEX_VERSION,
  SEARCH_SEGMENT_VERSION,
  searchIndexSchema,
  segmentEntryPath,
  segmentRef,
  segmentSchema,
  textShardPath,
  type SearchDoc,
  type Segment,
  type SegmentRef,
  type SearchIndexFile,
  type TextShard,
} from "@/bundle/search-schema";
import { foldingId } from "@/search/fold/fold";
import { DEFAULT_ENCODING_CHOICES, type EncodingChoices } from "./encode-posting";
import { issueTable } from "./issue-table";
import { docsSources, docUnit, unitOrder, validDoc, type DocSource, type DocUnit } from "./doc-sources";
import { cutSegments, MAX_MERGE_BYTES, MIN_BLOCK_DAYS } from "./segment-policy";
import { ENTRY_SEGMENTS, SEGMENTS_PER_PAGE, pageSegments } from "./segment-pages";
import { writePostingFiles, type PostingStats } from "./posting-files";
import { TermIndex } from "./term-index";

/**
 * Builds a search index from documents. Up to `smallMaxBytes` of documents: one entry holding them
 * all (the worker scans text). Above: segments by date (`segment-policy.ts`), each a sharded index
 * in its own folder named by its content (layout in `search-schema.ts`). A segment whose folder a
 * previous build left whole is reused (`reuse`) instead of written again. Files go through `emit`,
 * paths relative to the index folder; a segment's `segment.json` is emitted after its other files,
 * the pages of older segments (`segment-pages.ts`) after the segments and the entry last, so a reader never sees an entry pointing at files not yet written.
 */
export interface SearchIndexOptions {
  mode: "auto" | "small" | "segmented";
  /** `auto` builds a small index while the documents' JSON stays within this many bytes. */
  smallMaxBytes: number;
  targetShardBytes: number;
  bigPostingBytes: number;
  docsPerTextShard: number;
  encoding: EncodingChoices;
  /** Days in the recent window (a power of two): see `segment-policy.ts`. `SINGLE_SEGMENT`: one segment. */
  minBlockDays: number;
  /** Bytes of documents a merged segment may hold (`segment-policy.ts`): what a day's carry may rewrite. */
  maxMergeBytes: number;
  /** Segments the entry lists at least, and older segments per page (`segment-pages.ts`). */
  entrySegments: number;
  segmentsPerPage: number;
  /** A segment already in the output (its `segment.json`, once its files are known whole), or null: write it. */
  reuse?: (id: string) => Promise<Segment | null>;
  /** Segment names kept from earlier builds, by their units: a kept segment's documents are then not read. */
  names?: SegmentNames;
}

/**
 * Segment names by what they are made of: the key is a hash of the segment's units (each
 * source's date, paper, count and digest of its documents' digests, in order) and of how segments
 * are built; the value, the segment's name, a hash of its documents' digests (`segmentHash`). The
 * units determine the digests (up to a sha256 collision), so a name found here is the one the
 * digests give: found, the segment's documents need not be read to name it.
 */
export interface SegmentNames {
  get: (key: string) => Promise<string | undefined>;
  put: (key: string, id: string) => Promise<void>;
}

/**
 * Up to here one file with every document is worth it: one download, then every query is free
 * and every total exact. Measured (`npm run bench:search`): a sharded cold query costs 10–70 kB;
 * a small index of the real month (3,148 articles) would be 6 MB raw, ~2.8 MB gzip. At 512 kB of
 * JSON (~200 articles, ~300 kB gzip for real text) the one download equals a handful of queries.
 */
export const SMALL_INDEX_MAX_BYTES = 512 * 1024;
/**
 * Average posting shard: a query fetches one per gram, so these stay small. At 100k synthetic
 * articles (bench/search/tune.ts) the cold-query p95 was 110 kB with 8 kB shards, 100 kB with
 * 4 kB, 93 kB with 2 kB, for 2k and then 4k more files (of ~105k).
 */
export const TARGET_SHARD_BYTES = 2 * 1024;
/**
 * A posting list above this gets its own file: dense grams are not dragged along with rare ones.
 * 512 B or 4 kB instead changed the 100k cold p95 by ±1 kB: kept at 1 kB.
 */
export const BIG_POSTING_BYTES = 1024;
/**
 * Documents per text shard. A page of hits is scattered over the archive, one shard per hit, so
 * the text of a cold query is ~20 × this many articles: at 100k articles (4 kB posting shards)
 * the cold p95 was 100 kB with 1, 121 kB with 2, 157 kB with 4, at the price of one file per
 * article (as Pagefind has one fragment per page).
 */
export const DOCS_PER_TEXT_SHARD = 1;

export const DEFAULT_SEARCH_INDEX_OPTIONS: SearchIndexOptions = {
  mode: "auto",
  smallMaxBytes: SMALL_INDEX_MAX_BYTES,
  targetShardBytes: TARGET_SHARD_BYTES,
  bigPostingBytes: BIG_POSTING_BYTES,
  docsPerTextShard: DOCS_PER_TEXT_SHARD,
  encoding: DEFAULT_ENCODING_CHOICES,
  minBlockDays: MIN_BLOCK_DAYS,
  maxMergeBytes: MAX_MERGE_BYTES,
  entrySegments: ENTRY_SEGMENTS,
  segmentsPerPage: SEGMENTS_PER_PAGE,
};

/** Bump when the builder's output changes for the same input, so that segment folders change too. */
const BUILDER_VERSION = 3;
const SEGMENT_HASH_LENGTH = 16;

export interface SegmentStats {
  id: string;
  from: string;
  to: string;
  docs: number;
  /** False: its folder was left by an earlier build and reused as it was. */
  written: boolean;
}

export interface SearchIndexStats {
  mode: "small" | "segmented";
  docs: number;
  segments: SegmentStats[];
  /** Postings of the segments written by this build, summed. */
  postings: PostingStats | null;
  textShards: number;
  /** Segments named from their documents' digests (their names not kept in `names`). */
  named: number;
  /** Milliseconds spent finding kept segments, reading the documents of those written, and encoding and writing them. */
  ms: { reuse: number; read: number; write: number };
}

export type EmitFile = (path: string, bytes: Uint8Array) => void | Promise<void>;

const encoder = new TextEncoder();

/** A source's unit as the builder orders and cuts it, and which source it is. */
interface Placed extends DocUnit {
  source: number;
}

/**
 * Documents given whole, or by source (`doc-sources.ts`): then only the sources of the segments
 * written, or named for the first time, are read.
 */
export async function buildSearchIndex(
  input: readonly SearchDoc[] | { sources: readonly DocSource[] },
  emit: EmitFile,
  partial: Partial<SearchIndexOptions> = {},
): Promise<SearchIndexStats> {
  const options = { ...DEFAULT_SEARCH_INDEX_OPTIONS, ...partial };
  const sources = "sources" in input ? input.sources : docsSources(input);
  const placed = sortPlaced(
    sources.flatMap((source, s) => (source.unit.count === 0 ? [] : [{ ...source.unit, source: s }])),
  );
  const docCount = placed.reduce((n, unit) => n + unit.count, 0);
  const ms = { reuse: 0, read: 0, write: 0 };
  /** The documents of `part`, in the index's order (by unit, and within one by `unitOrder`). */
  const read = async (part: readonly Placed[]): Promise<SearchDoc[]> => {
    const begun = performance.now();
    const docs: SearchDoc[] = [];
    for (const unit of part) {
      const found = await sources[unit.source]!.load();
      if (found.length !== unit.count)
        throw new Error(`search source ${unit.source} has ${found.length} documents, its unit ${unit.count}`);
      for (const at of unitOrder(found)) docs.push(validDoc(found[at]!, `${unit.source}:${at}`));
    }
    ms.read += performance.now() - begun;
    return docs;
  };
  /** The digests of `part`'s documents in the index's order, each source's checked against its unit. */
  const digests = async (part: readonly Placed[]): Promise<string[]> => {
    const all: string[] = [];
    for (const unit of part) {
      const infos = await sources[unit.source]!.docs();
      if (docUnit(infos).digest !== unit.digest)
        throw new Error(`search source ${unit.source}: its documents do not match its unit`);
      for (const at of unitOrder(infos)) all.push(infos[at]!.digest);
    }
    return all;
  };
  const small =
    options.mode === "small" ||
    (options.mode === "auto" && placed.reduce((n, unit) => n + unit.bytes, 0) <= options.smallMaxBytes);
  if (small) {
    const docs = await read(placed);
    const terms = new TermIndex();
    docs.forEach((doc, id) => terms.add(id, doc));
    const personKeys: Record<string, string[]> = {};
    for (const [key, names] of [...terms.personKeyNames].sort(([a], [b]) => (a < b ? -1 : 1)))
      personKeys[key] = [...names].sort();
    const entry: SearchIndexFile = { ...header(), mode: "small", docs, personKeys };
    const begun = performance.now();
    await emit(SEARCH_ENTRY_FILE, json(entry));
    ms.write = performance.now() - begun;
    return { mode: "small", docs: docs.length, segments: [], postings: null, textShards: 0, named: 0, ms: rounded(ms) };
  }
  const stats: SearchIndexStats = {
    mode: "segmented",
    docs: docCount,
    segments: [],
    postings: null,
    textShards: 0,
    named: 0,
    ms,
  };
  const segments: SegmentRef[] = [];
  for (const part of cutSegments(placed, options.minBlockDays, options.maxMergeBytes, (unit) => unit.bytes)) {
    let begun = performance.now();
    const key = namesKey(part, options);
    let id = await options.names?.get(key);
    if (id === undefined) {
      id = segmentHash(await digests(part), options);
      stats.named++;
      await options.names?.put(key, id);
    }
    let segment = (await options.reuse?.(id)) ?? null;
    ms.reuse += performance.now() - begun;
    const written = segment === null;
    if (segment === null) {
      const docs = await read(part);
      begun = performance.now();
      const made = await writeSegment(id, docs, options, emit);
      ms.write += performance.now() - begun;
      segment = made.segment;
      stats.postings = addPostingStats(stats.postings, made.postings);
      stats.textShards += made.textShards;
    }
    segments.push(segmentRef(segment));
    stats.segments.push({ id, from: segment.from, to: segment.to, docs: segment.docCount, written });
  }
  const { listed, pages } = pageSegments(segments, options.entrySegments, options.segmentsPerPage);
  for (const page of pages) await emit(page.ref.file, page.bytes);
  const entry: SearchIndexFile = {
    ...header(),
    mode: "segmented",
    docCount,
    segments: listed,
    pages: pages.map((page) => page.ref),
  };
  await emit(SEARCH_ENTRY_FILE, json(entry));
  stats.ms = rounded(ms);
  return stats;
}

function rounded(ms: SearchIndexStats["ms"]): SearchIndexStats["ms"] {
  return { reuse: Math.round(ms.reuse), read: Math.round(ms.read), write: Math.round(ms.write) };
}

/** One segment's files, its `segment.json` last. */
async function writeSegment(
  id: string,
  docs: readonly SearchDoc[],
  options: SearchIndexOptions,
  emit: EmitFile,
): Promise<{ segment: Segment; postings: PostingStats; textShards: number }> {
  const terms = new TermIndex();
  docs.forEach((doc, local) => terms.add(local, doc));
  let files = 0;
  const write = async (path: string, bytes: Uint8Array): Promise<void> => {
    files++;
    await emit(path, bytes);
  };
  let textShards = 0;
  for (let first = 0; first < docs.length; first += options.docsPerTextShard) {
    const shard: TextShard = {
      type: "folio/search-text",
      version: SEARCH_SEGMENT_VERSION,
      first,
      docs: docs.slice(first, first + options.docsPerTextShard),
    };
    await write(textShardPath(id, textShards++), encoder.encode(JSON.stringify(shard)));
  }
  const postings = await writePostingFiles(terms, docs.length, id, options, write);
  const segment: Segment = {
    type: "folio/search-segment",
    version: SEARCH_SEGMENT_VERSION,
    id,
    from: docs.at(-1)!.date,
    to: docs[0]!.date,
    docCount: docs.length,
    ...issueTable(docs),
    postingShards: postings.shards,
    docsPerTextShard: options.docsPerTextShard,
    files: files + 1,
  };
  const parsed = segmentSchema.safeParse(segment);
  if (!parsed.success) throw new Error(`search segment ${id} fails its schema:\n${z.prettifyError(parsed.error)}`);
  await emit(segmentEntryPath(id), encoder.encode(JSON.stringify(parsed.data)));
  return { segment: parsed.data, postings, textShards };
}

function addPostingStats(sum: PostingStats | null, add: PostingStats): PostingStats {
  if (sum === null) return structuredClone(add);
  const merge = (a: Record<string, number>, b: Record<string, number>): void => {
    for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  };
  sum.shards += add.shards;
  sum.bigFiles += add.bigFiles;
  merge(sum.terms, add.terms);
  merge(sum.bytesByKind, add.bytesByKind);
  merge(sum.encodings, add.encodings);
  return sum;
}

/** Newest issue first, then papers by id; otherwise the order given (`sortForSearch`; within a unit, `unitOrder`). */
function sortPlaced(units: Placed[]): Placed[] {
  return units.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      (a.paper < b.paper ? -1 : a.paper > b.paper ? 1 : 0) ||
      a.source - b.source,
  );
}

function header(): { type: "folio/search-index"; version: typeof SEARCH_INDEX_VERSION; folding: string } {
  return { type: "folio/search-index", version: SEARCH_INDEX_VERSION, folding: foldingId() };
}

function json(entry: SearchIndexFile): Uint8Array {
  const parsed = searchIndexSchema.safeParse(entry);
  if (!parsed.success) throw new Error(`search index entry fails its schema:\n${z.prettifyError(parsed.error)}`);
  return encoder.encode(JSON.stringify(parsed.data));
}

/** What a segment's files are made from besides its documents: its name and its names' key hash it first. */
function builtWith(options: SearchIndexOptions): string {
  const { targetShardBytes, bigPostingBytes, docsPerTextShard, encoding } = options;
  return JSON.stringify({
    BUILDER_VERSION,
    // The segment files' version, not the entry's, under the name it had when they were one
    // version: a new entry format keeps the segments and their names (those of version 2).
    SEARCH_INDEX_VERSION: SEARCH_SEGMENT_VERSION,
    folding: foldingId(),
    layout: { targetShardBytes, bigPostingBytes, docsPerTextShard, encoding },
  });
}

/**
 * A segment's folder name: a hash of its documents (their digests, in order) and of everything
 * else its files are made from (not of where the segment boundaries fell, nor of the other segments).
 */
function segmentHash(digests: readonly string[], options: SearchIndexOptions): string {
  const hash = createHash("sha256");
  hash.update(builtWith(options));
  for (const digest of digests) hash.update(digest);
  return hash.digest("hex").slice(0, SEGMENT_HASH_LENGTH);
}

/** The key of a segment's name in `SegmentNames`: its units in order, and how segments are built. */
function namesKey(units: readonly DocUnit[], options: SearchIndexOptions): string {
  const hash = createHash("sha256");
  hash.update(builtWith(options));
  for (const unit of units) hash.update(`\0${unit.paper}\0${unit.date}\0${unit.count}\0${unit.digest}`);
  return hash.digest("hex");
}

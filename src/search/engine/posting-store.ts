import {
  PostingEncoding,
  bigPostingPath,
  postingShardPath,
  type SegmentRef,
  type TermKind,
} from "@/bundle/search-schema";
import { decodePosting } from "../index/decode-posting";
import { entryKey, parsePostingShard, type ShardEntry } from "../index/posting-shard";
import { termShard } from "../index/term-hash";
import { intersect } from "../index/doc-set";
import type { FetchCache } from "./fetch-cache";

/** Decoded postings take more room than their varints: a generous factor for the cache's accounting. */
const DECODED_EXPANSION = 4;

/** Looks terms up in the posting shards of one segment and decodes their postings. */
export class PostingStore {
  constructor(
    private readonly index: SegmentRef,
    private readonly files: FetchCache,
  ) {}

  private shard(n: number): Promise<Map<string, ShardEntry>> {
    return this.files.get(postingShardPath(this.index.id, n), parsePostingShard, DECODED_EXPANSION);
  }

  /** Fetches, in parallel, every shard the given terms live in. */
  async prefetch(terms: readonly (readonly [TermKind, string])[]): Promise<void> {
    const shards = new Set(terms.map(([kind, term]) => termShard(kind, term, this.index.postingShards)));
    await Promise.all([...shards].map((n) => this.shard(n)));
  }

  async entry(kind: TermKind, term: string): Promise<ShardEntry | undefined> {
    const shard = await this.shard(termShard(kind, term, this.index.postingShards));
    return shard.get(entryKey(kind, term));
  }

  async posting(entry: ShardEntry): Promise<Uint32Array> {
    if (entry.encoding !== PostingEncoding.EXTERNAL)
      return decodePosting(entry.encoding, entry.payload, this.index.docCount);
    const hash = new TextDecoder().decode(entry.payload);
    return this.files.get(
      bigPostingPath(this.index.id, hash),
      (bytes) => decodePosting(bytes[0] ?? -1, bytes.subarray(1), this.index.docCount),
      DECODED_EXPANSION,
    );
  }

  /**
   * Documents having every term: rarest first, inline postings before downloaded ones, and no
   * download at all once the intersection is empty (an absent word costs only its shards).
   */
  async all(kind: TermKind, terms: readonly string[]): Promise<Uint32Array> {
    const entries = await Promise.all(terms.map((t) => this.entry(kind, t)));
    if (entries.some((e) => e === undefined)) return new Uint32Array(0);
    const present = (entries as ShardEntry[]).sort((a, b) => a.df - b.df);
    const inline = present.filter((e) => e.encoding !== PostingEncoding.EXTERNAL);
    const external = present.filter((e) => e.encoding === PostingEncoding.EXTERNAL);
    let result: Uint32Array | null = null;
    for (const e of inline) {
      const ids = await this.posting(e);
      result = result === null ? ids : intersect(result, ids);
      if (result.length === 0) return result;
    }
    const downloaded = await Promise.all(external.map((e) => this.posting(e)));
    for (const ids of downloaded) {
      result = result === null ? ids : intersect(result, ids);
      if (result.length === 0) return result;
    }
    return result ?? new Uint32Array(0);
  }
}

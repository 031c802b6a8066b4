import { POSTING_SHARD_MAGIC, TermKind, type PostingEncoding } from "@/bundle/search-schema";
import { ByteReader } from "./varint";

/** One term's entry in a posting shard; the posting itself is decoded only when used. */
export interface ShardEntry {
  kind: TermKind;
  term: string;
  encoding: PostingEncoding;
  df: number;
  payload: Uint8Array;
  /** PERSON_KEY entries: the folded names that have this pinyin or these initials. */
  names: string[];
}

const decoder = new TextDecoder();

export function entryKey(kind: TermKind, term: string): string {
  return `${kind}:${term}`;
}

/** Reads a posting shard (layout in `search-schema.ts`) into a lookup by kind and term. */
export function parsePostingShard(bytes: Uint8Array): Map<string, ShardEntry> {
  const magic = decoder.decode(bytes.subarray(0, POSTING_SHARD_MAGIC.length));
  if (magic !== POSTING_SHARD_MAGIC) throw new Error(`not a posting shard (starts with "${magic}")`);
  const reader = new ByteReader(bytes);
  reader.pos = POSTING_SHARD_MAGIC.length;
  const count = reader.varint();
  const entries = new Map<string, ShardEntry>();
  for (let i = 0; i < count; i++) {
    const kind = reader.byte() as TermKind;
    const term = decoder.decode(reader.take(reader.varint()));
    const encoding = reader.byte() as PostingEncoding;
    const df = reader.varint();
    const payload = reader.take(reader.varint());
    const names = kind === TermKind.PERSON_KEY ? decoder.decode(reader.take(reader.varint())).split("\n") : [];
    entries.set(entryKey(kind, term), { kind, term, encoding, df, payload, names });
  }
  return entries;
}

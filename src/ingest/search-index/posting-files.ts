import { createHash } from "node:crypto";
import {
  POSTING_SHARD_MAGIC,
  PostingEncoding,
  TermKind,
  bigPostingPath,
  postingShardPath,
} from "@/bundle/search-schema";
import { termShard } from "@/search/index/term-hash";
import { encodePosting, type EncodingChoices } from "./encode-posting";
import { ByteWriter } from "./posting-accumulator";
import type { TermIndex } from "./term-index";

export interface PostingLayout {
  /** Average posting shard size aimed at; sets how many shards there are. */
  targetShardBytes: number;
  /** Postings larger than this get a file of their own, fetched only when that term is needed. */
  bigPostingBytes: number;
  encoding: EncodingChoices;
}

export interface PostingStats {
  shards: number;
  bigFiles: number;
  terms: Record<string, number>;
  /** Bytes of encoded postings by kind of term, unigrams apart: what single-character search costs. */
  bytesByKind: Record<string, number>;
  encodings: Record<string, number>;
}

interface Entry {
  kind: TermKind;
  term: Uint8Array;
  encoding: PostingEncoding;
  df: number;
  payload: Uint8Array;
  names: Uint8Array | null;
}

const encoder = new TextEncoder();
const KIND_NAMES = ["text", "title", "person", "personKey", "page"] as const;
const ENCODING_NAMES = ["list", "bitmap", "complement", "external"] as const;

function entrySize(e: Entry): number {
  return 12 + e.term.length + e.payload.length + (e.names?.length ?? 0);
}

/** Writes the posting shards and big-posting files of a segment through `emit`. */
export async function writePostingFiles(
  terms: TermIndex,
  docCount: number,
  build: string,
  layout: PostingLayout,
  emit: (path: string, bytes: Uint8Array) => Promise<void>,
): Promise<PostingStats> {
  const stats: PostingStats = { shards: 0, bigFiles: 0, terms: {}, bytesByKind: {}, encodings: {} };
  const entries: (Entry & { shardTerm: string })[] = [];
  // Terms in exactly the same documents share one file (its name is its content's hash).
  const bigFiles = new Set<string>();
  let inlineBytes = 0;
  for (const { kind, term, acc } of terms.terms()) {
    const { encoding, payload } = encodePosting(acc, docCount, layout.encoding);
    const kindName = kind === TermKind.TEXT && Array.from(term).length === 1 ? "unigram" : KIND_NAMES[kind];
    stats.terms[kindName] = (stats.terms[kindName] ?? 0) + 1;
    stats.bytesByKind[kindName] = (stats.bytesByKind[kindName] ?? 0) + payload.length;
    stats.encodings[ENCODING_NAMES[encoding]] = (stats.encodings[ENCODING_NAMES[encoding]] ?? 0) + 1;
    const names =
      kind === TermKind.PERSON_KEY
        ? encoder.encode([...(terms.personKeyNames.get(term) ?? [])].sort().join("\n"))
        : null;
    let entry: Entry & { shardTerm: string } = {
      kind,
      term: encoder.encode(term),
      encoding,
      df: acc.df,
      payload,
      names,
      shardTerm: term,
    };
    if (payload.length > layout.bigPostingBytes) {
      const file = new Uint8Array(payload.length + 1);
      file[0] = encoding;
      file.set(payload, 1);
      const hash = createHash("sha256").update(file).digest("hex").slice(0, 16);
      if (!bigFiles.has(hash)) await emit(bigPostingPath(build, hash), file);
      bigFiles.add(hash);
      entry = { ...entry, encoding: PostingEncoding.EXTERNAL, payload: encoder.encode(hash) };
    }
    inlineBytes += entrySize(entry);
    entries.push(entry);
  }
  const shards = Math.max(1, Math.ceil(inlineBytes / layout.targetShardBytes));
  const byShard: Entry[][] = Array.from({ length: shards }, () => []);
  for (const e of entries) byShard[termShard(e.kind, e.shardTerm, shards)]!.push(e);
  entries.length = 0;
  for (let n = 0; n < shards; n++) {
    await emit(postingShardPath(build, n), serialiseShard(byShard[n]!));
    byShard[n] = [];
  }
  stats.shards = shards;
  stats.bigFiles = bigFiles.size;
  return stats;
}

function serialiseShard(entries: Entry[]): Uint8Array {
  entries.sort((a, b) => a.kind - b.kind || Buffer.compare(a.term, b.term));
  const out = new ByteWriter();
  out.write(encoder.encode(POSTING_SHARD_MAGIC));
  out.varint(entries.length);
  for (const e of entries) {
    out.byte(e.kind);
    out.varint(e.term.length);
    out.write(e.term);
    out.byte(e.encoding);
    out.varint(e.df);
    out.varint(e.payload.length);
    out.write(e.payload);
    if (e.names !== null) {
      out.varint(e.names.length);
      out.write(e.names);
    }
  }
  return out.result();
}

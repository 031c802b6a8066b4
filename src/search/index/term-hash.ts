import { TermKind } from "@/bundle/search-schema";

/**
 * Which posting shard holds a term: FNV-1a over the term's code points, seeded by kind. Text and
 * title grams share a seed so that a gram's title posting sits in the shard its text posting is in
 * (a title-first query costs no extra fetch).
 */
export function termShard(kind: TermKind, term: string, shards: number): number {
  const seed = kind === TermKind.TITLE ? TermKind.TEXT : kind;
  let h = Math.imul(0x811c9dc5 ^ seed, 0x01000193);
  for (let i = 0; i < term.length;) {
    const cp = term.codePointAt(i)!;
    h = Math.imul(h ^ cp, 0x01000193);
    i += cp > 0xffff ? 2 : 1;
  }
  // A final avalanche: FNV alone leaves the low bits of short keys poorly mixed.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) % shards;
}

/**
 * The shard a person's details are in: FNV-1a (32-bit) of the name's UTF-16 code units, modulo the
 * bundle's shard count. Ingest writes by it and the app reads by it, so a person page finds its
 * shard from the name alone. FNV-1a rather than a cryptographic hash: a few lines, the same result
 * in Node and every browser, and names spread evenly enough over a few thousand buckets.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function nameHash(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

export function personBucket(name: string, shardCount: number): number {
  return nameHash(name) % shardCount;
}

import type { PersonDetail } from "@/bundle/schema";
import { personBucket } from "@/bundle/person-bucket";

/**
 * Person details in shards bounded in bytes, not by letter (a letter of a month of People's Daily
 * was 1.3 MB): the shard count is the smallest power of two that brings the average shard under
 * `SHARD_TARGET_BYTES`, and a name's shard is its hash modulo that count (`personBucket`), so the
 * app finds it from the name. A power of two, so that a growing archive reshuffles the shards only
 * when it doubles. Directories of `PER_DIRECTORY` shard names keep the lists bounded too.
 */
/** Average raw bytes of a shard (about 6–8 kB gzip): a person page's one data file. */
export const SHARD_TARGET_BYTES = 32_000;
/** Shard file names per directory file (about 10 kB raw). */
export const PER_DIRECTORY = 256;

export function shardCountFor(totalBytes: number, targetBytes = SHARD_TARGET_BYTES): number {
  let count = 1;
  while (totalBytes / count > targetBytes) count *= 2;
  return count;
}

/** A person's details as a shard counts them: the bytes of their JSON. */
export function detailBytes(detail: PersonDetail): number {
  return Buffer.byteLength(JSON.stringify(detail));
}

/** A shard's details in its order (by name, code point order). */
export function shardOrder(details: PersonDetail[]): PersonDetail[] {
  return details.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The details in `shardCount` shards, each in name order (so a shard's content is stable). */
export function personShards(details: readonly PersonDetail[], targetBytes = SHARD_TARGET_BYTES): PersonDetail[][] {
  const total = details.reduce((n, d) => n + detailBytes(d), 0);
  const count = shardCountFor(total, targetBytes);
  const shards = Array.from({ length: count }, (): PersonDetail[] => []);
  for (const detail of details) shards[personBucket(detail.name, count)]!.push(detail);
  return shards.map(shardOrder);
}

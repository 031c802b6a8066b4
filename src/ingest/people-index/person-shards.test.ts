import { describe, expect, it } from "vitest";
import type { PersonDetail } from "@/bundle/schema";
import { personBucket } from "@/bundle/person-bucket";
import { personShards, SHARD_TARGET_BYTES, shardCountFor } from "./person-shards";

const detail = (name: string, sentence: string): PersonDetail => ({
  name,
  articleCount: 1,
  letter: "Z",
  pinyin: "zhang",
  latestRole: null,
  mentions: [
    {
      paperId: "rmrb",
      paperName: "人民日报",
      date: "2020-01-01",
      dateApproximate: false,
      page: 1,
      seq: 1,
      title: "新闻",
      roles: [],
      sentence,
      highlights: [],
    },
  ],
  together: [],
});

describe("personShards", () => {
  it("uses the smallest power of two that keeps the average shard under the target", () => {
    expect(shardCountFor(0)).toBe(1);
    expect(shardCountFor(SHARD_TARGET_BYTES)).toBe(1);
    expect(shardCountFor(SHARD_TARGET_BYTES + 1)).toBe(2);
    expect(shardCountFor(SHARD_TARGET_BYTES * 5)).toBe(8);
  });

  it("puts each person in the shard their name hashes to, all of them, none twice", () => {
    const people = Array.from({ length: 400 }, (_, i) =>
      detail(`张${String.fromCharCode(0x4e00 + i)}`, "句".repeat(300)),
    );
    const shards = personShards(people);
    expect(shards.length).toBeGreaterThan(1);
    shards.forEach((shard, n) => {
      for (const person of shard) expect(personBucket(person.name, shards.length)).toBe(n);
    });
    expect(
      shards
        .flat()
        .map((p) => p.name)
        .sort(),
    ).toEqual(people.map((p) => p.name).sort());
    const largest = Math.max(...shards.map((s) => Buffer.byteLength(JSON.stringify(s))));
    expect(largest).toBeLessThan(SHARD_TARGET_BYTES * 2);
  });
});

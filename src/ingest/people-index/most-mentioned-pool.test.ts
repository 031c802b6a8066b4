import { describe, expect, it } from "vitest";
import { MOST_MENTIONED_COUNT, mostMentioned } from "@/bundle/people-pages";
import type { SortedSummary } from "./build-people-index";
import { poolOf, POOL_MAX, POOL_SIZE, updatePool, type MostMentionedPool } from "./most-mentioned-pool";

const person = (i: number, articleCount: number): SortedSummary => ({
  name: `人${i}`,
  pinyin: `ren ${i}`,
  initials: "r",
  letter: "R",
  latestRole: null,
  articleCount,
  sortKey: `ren ${String(i).padStart(5, "0")}`,
});
const inOrder = (people: Iterable<SortedSummary>) => [...people].sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));

describe("the most mentioned pool", () => {
  it("gives mostMentioned of everyone after rounds of people added, recounted and removed", () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const everyone = new Map<string, SortedSummary>();
    for (let i = 0; i < 3_000; i++) everyone.set(`人${i}`, person(i, 1 + Math.floor(random() * 40)));
    let pool: MostMentionedPool = poolOf([...everyone.values()]);
    expect(pool.people).toHaveLength(POOL_SIZE);
    let remade = 0;
    for (let round = 0; round < 60; round++) {
      const changed = new Map<string, SortedSummary | null>();
      // Days added raise counts; every fifth round a day removed takes many of the top down by a lot.
      const down = round % 5 === 4;
      for (let k = 0; k < 80; k++) {
        const i = down ? Math.floor(random() * 400) : Math.floor(random() * 3_200);
        const was = everyone.get(`人${i}`);
        const count = (was?.articleCount ?? 0) + (down ? -Math.floor(random() * 30) : 1 + Math.floor(random() * 3));
        const now = count > 0 ? person(i, count) : null;
        changed.set(`人${i}`, now);
        if (now === null) everyone.delete(`人${i}`);
        else everyone.set(`人${i}`, now);
      }
      const next = updatePool(pool, changed);
      if (next === null) remade++;
      pool = next ?? poolOf([...everyone.values()]);
      expect(pool.people.length).toBeLessThanOrEqual(POOL_MAX);
      expect(pool.people.slice(0, MOST_MENTIONED_COUNT)).toEqual(mostMentioned(inOrder(everyone.values())));
    }
    // Most rounds keep the pool; the loss rounds may rank everyone again.
    expect(remade).toBeLessThan(12);
  });

  it("holds everyone while the archive has no more than POOL_SIZE people", () => {
    const few = Array.from({ length: 100 }, (_, i) => person(i, 1 + (i % 7)));
    const pool = poolOf(few);
    expect(pool.floor).toBeNull();
    const next = updatePool(
      pool,
      new Map([
        ["人3", null],
        ["人500", person(500, 1)],
      ]),
    )!;
    expect(next.people).toHaveLength(100);
    expect(next.people.slice(0, MOST_MENTIONED_COUNT)).toEqual(
      mostMentioned(inOrder([...few.filter((p) => p.name !== "人3"), person(500, 1)])),
    );
  });
});

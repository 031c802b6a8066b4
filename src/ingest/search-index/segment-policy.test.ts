import { describe, expect, it } from "vitest";
import type { SearchDoc } from "@/bundle/search-schema";
import { sortForSearch } from "./issue-table";
import { blockOf, cutSegments, dayNumber, MIN_BLOCK_DAYS, segmentBlocks, SINGLE_SEGMENT } from "./segment-policy";
import { generateCorpus } from "./test-corpus";

const FIRST = dayNumber("1946-05-15");
const YEARS = 78;

/** The blocks holding the days first … latest, as "start+size", oldest first. */
function blocks(first: number, latest: number, minBlockDays = MIN_BLOCK_DAYS): string[] {
  return segmentBlocks(latest, minBlockDays)
    .filter(([start, size]) => start + size > first)
    .map(([start, size]) => `${start}+${size}`);
}

describe("segment policy", () => {
  it("cuts any archive into contiguous blocks, at most log2(span / window) + 2 of them", () => {
    for (let latest = FIRST; latest < FIRST + YEARS * 366; latest += 7) {
      const list = blocks(FIRST, latest);
      let end: number | null = null;
      for (const key of list) {
        const [start, size] = key.split("+").map(Number) as [number, number];
        if (end !== null) expect(start).toBe(end);
        else expect(start).toBeLessThanOrEqual(FIRST);
        end = start + size;
      }
      expect(end).toBe(latest + 1);
      const span = latest - FIRST + 1;
      expect(list.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(Math.log2(span / MIN_BLOCK_DAYS))) + 2);
    }
  });

  it("adding a day only grows the recent window or merges whole blocks into a bigger one", () => {
    const start = dayNumber("1998-01-01");
    let rewritten = 0;
    const days = 3 * 366;
    for (let latest = start + 20 * 366; latest < start + 20 * 366 + days; latest++) {
      const before = new Set(blocks(start, latest));
      const after = blocks(start, latest + 1);
      for (const key of after) {
        if (before.has(key)) continue;
        const [s, size] = key.split("+").map(Number) as [number, number];
        // A new block is made of old blocks whole (never splits one) plus, at most, the new day.
        for (const old of before) {
          const [os, osize] = old.split("+").map(Number) as [number, number];
          const overlaps = os < s + size && s < os + osize;
          if (overlaps) expect(os >= s && os + osize <= s + size).toBe(true);
        }
        rewritten += Math.min(size, latest + 2 - Math.max(s, start));
      }
    }
    // Days of content written per day added, on average over three years of a 20-year archive:
    // the recent window's (w + 1) / 2, plus the carries' log2(span / w) / 2 (segment-policy.ts).
    const span = 23 * 366;
    const expected = (MIN_BLOCK_DAYS + 1) / 2 + Math.log2(span / MIN_BLOCK_DAYS) / 2;
    expect({ perDay: rewritten / days, expected }).toEqual({ perDay: expect.closeTo(expected, 0), expected });
    expect(rewritten / days).toBeGreaterThan(1);
  });

  it("puts everything in one segment for SINGLE_SEGMENT and the latest day alone for 1-day windows", () => {
    const latest = dayNumber("2018-01-31");
    expect(blocks(dayNumber("1998-01-01"), latest, SINGLE_SEGMENT)).toHaveLength(1);
    expect(blockOf(latest, latest, 1)).toEqual([latest, 1]);
    expect(blockOf(latest - 1, latest, 1)[0]).toBeLessThan(latest);
    expect(() => blockOf(latest + 1, latest, 1)).toThrow(/after the latest day/u);
  });

  it("keeps documents in order: the segments concatenated are the input, and unsorted input is refused", () => {
    const docs = sortForSearch(generateCorpus(200));
    for (const window of [1, 2, 8, SINGLE_SEGMENT]) {
      const segments = cutSegments(docs, window);
      expect(segments.flat()).toEqual(docs);
      for (const [i, s] of segments.entries()) if (i > 0) expect(s[0]!.date < segments[i - 1]!.at(-1)!.date).toBe(true);
    }
    const unsorted: SearchDoc[] = [...docs].reverse();
    expect(() => cutSegments(unsorted, 1)).toThrow(/newest-first/u);
  });

  it("cuts by date alone: the same documents give the same segments whatever else is there", () => {
    const docs = sortForSearch(generateCorpus(300));
    const latest = docs[0]!.date;
    const older = docs.filter((d) => d.date < "2023-03-01");
    const withNewest = cutSegments(docs, 2).filter((s) => s[0]!.date < "2023-03-01");
    // Blocks wholly before March do not depend on which March days exist, only on the latest day.
    const sameLatest = cutSegments([...docs.filter((d) => d.date === latest), ...older], 2);
    expect(sameLatest.slice(1)).toEqual(withNewest);
  });
});

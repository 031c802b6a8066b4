import { describe, expect, it } from "vitest";
import type { SearchDoc } from "@/bundle/search-schema";
import { sortForSearch } from "./issue-table";
import {
  blockOf,
  cutSegments,
  dayNumber,
  docBytes,
  MIN_BLOCK_DAYS,
  segmentBlocks,
  SINGLE_SEGMENT,
} from "./segment-policy";
import { generateCorpus } from "./test-corpus";
import { mulberry32 } from "../seeded-random";

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

  it("caps what a day's merge rewrites: no segment made by a carry holds more than the cap's bytes", () => {
    // One article a day of 20 to 200 characters, over four years; the cap is about forty days of it.
    const random = mulberry32(7);
    const first = Date.parse("2010-01-01T00:00:00Z");
    const days = 4 * 366;
    const simulated = 550;
    const all: SearchDoc[] = Array.from({ length: days }, (_, i) => {
      const date = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
      const body = "经济发展".repeat(5 + Math.floor(random() * 45));
      const doc = { key: `p/${date}/1-1`, date, paper: "p", page: 1, title: date, subtitles: [], byline: null };
      return { ...doc, paragraphs: [body], caption: null, people: [] };
    }).reverse();
    const cap = 40 * 3 * 110;
    const bytes = (segment: readonly SearchDoc[]) => segment.reduce((n, d) => n + docBytes(d), 0);
    const id = (segment: readonly SearchDoc[]) => `${segment[0]!.key}…${segment.at(-1)!.key}`;
    /** The largest segment a day's carry wrote (the recent window, which holds the new day, aside), over the last `simulated` days. */
    const largestMerge = (maxBytes: number): { largest: number; segments: number } => {
      let largest = 0;
      let segments = 0;
      let before = new Set(cutSegments(all.slice(simulated), MIN_BLOCK_DAYS, maxBytes).map(id));
      for (let n = days - simulated + 1; n <= days; n++) {
        const cut = cutSegments(all.slice(days - n), MIN_BLOCK_DAYS, maxBytes);
        for (const segment of cut.slice(1)) if (!before.has(id(segment))) largest = Math.max(largest, bytes(segment));
        before = new Set(cut.map(id));
        segments = Math.max(segments, cut.length);
      }
      return { largest, segments };
    };
    const capped = largestMerge(cap);
    expect(capped.largest).toBeGreaterThan(cap / 4);
    expect(capped.largest).toBeLessThanOrEqual(cap);
    // Capped blocks hold at least half the cap's bytes (else they would not have been cut) but for the log2 tail.
    const total = bytes(all);
    expect(capped.segments).toBeLessThanOrEqual(Math.ceil((2 * total) / cap) + Math.log2(days / MIN_BLOCK_DAYS) + 2);
    // Without the cap a carry rewrites far more than that: the test sees what the cap prevents.
    expect(largestMerge(Infinity).largest).toBeGreaterThan(4 * cap);
  });
});

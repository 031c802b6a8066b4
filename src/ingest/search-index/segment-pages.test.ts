import { describe, expect, it } from "vitest";
import type { SegmentRef } from "@/bundle/search-schema";
import { pageSegments } from "./segment-pages";

/** `n` segments newest first, one a day back from 2026-10-31, the oldest in paper "old". */
function segments(n: number): SegmentRef[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2026, 9, 31 - i)).toISOString().slice(0, 10);
    return {
      id: `${(n - i).toString(16).padStart(8, "0")}`,
      from: day,
      to: day,
      docCount: 10 + i,
      papers: i === n - 1 ? ["old"] : ["rmrb"],
      postingShards: 4,
      docsPerTextShard: 1,
    };
  });
}

describe("pages of older search segments", () => {
  it("lists every segment while they are fewer than the entry's least plus a page", () => {
    const few = segments(8 + 15);
    expect(pageSegments(few, 8, 16)).toEqual({ listed: few, pages: [] });
  });

  it("pages the oldest in whole pages, newest page first, and lists the rest", () => {
    const all = segments(8 + 2 * 16 + 5);
    const { listed, pages } = pageSegments(all, 8, 16);
    expect(listed).toEqual(all.slice(0, 13));
    expect(pages.map((p) => p.ref.segmentCount)).toEqual([16, 16]);
    const oldest = all.slice(29);
    expect(pages[1]!.ref).toMatchObject({
      from: oldest.at(-1)!.from,
      to: oldest[0]!.to,
      docCount: oldest.reduce((n, s) => n + s.docCount, 0),
      papers: ["old", "rmrb"],
    });
    expect(JSON.parse(new TextDecoder().decode(pages[1]!.bytes))).toMatchObject({ segments: oldest });
    expect(pages[0]!.ref.file).toMatch(/^pages\/[0-9a-f]{16}\.json$/u);
  });

  it("keeps a page's file while its segments stay, and renames only the page of a changed one", () => {
    const all = segments(8 + 2 * 16 + 5);
    const before = pageSegments(all, 8, 16).pages.map((p) => p.ref.file);
    // A newer segment: the listed ones grow, the pages stay.
    const newer = { ...all[0]!, id: "ffffffff", from: "2026-11-01", to: "2026-11-01" };
    expect(pageSegments([newer, ...all], 8, 16).pages.map((p) => p.ref.file)).toEqual(before);
    // An old segment rebuilt (an old day added): its page only.
    const changed = all.map((s, i) => (i === all.length - 3 ? { ...s, id: "eeeeeeee", docCount: s.docCount + 1 } : s));
    const after = pageSegments(changed, 8, 16).pages.map((p) => p.ref.file);
    expect([after[0] === before[0], after[1] === before[1]]).toEqual([true, false]);
  });
});

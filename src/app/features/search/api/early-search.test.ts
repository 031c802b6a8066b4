import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchResult } from "@/search/search-types";

/** The handover of the page's first search from the page's entry to the app, with a stand-in worker client. */
const asked: { entry: string; query: string; options: unknown }[] = [];
vi.mock("./search-client", () => ({
  searchIndex: (entry: string, query: string, options: unknown) => {
    asked.push({ entry, query, options });
    return Promise.resolve(RESULT);
  },
}));

const RESULT: SearchResult = { words: ["乡村"], hits: [], total: 0, totalExact: true, truncated: false };
const ENTRY = "search/index.abc.json";

async function fresh() {
  vi.resetModules();
  asked.length = 0;
  return import("./early-search");
}

describe("the early search", () => {
  beforeEach(() => {
    asked.length = 0;
  });

  it("asks what the app would ask for the URL, once, and hands its answer to the same search only", async () => {
    const early = await fresh();
    const started = early.startEarlySearch(ENTRY, new URLSearchParams("q=乡村&paper=maonan&sort=title-first"))!;
    expect(asked).toEqual([
      { entry: ENTRY, query: "乡村", options: { filters: { paper: "maonan" }, sort: "title-first", limit: 20 } },
    ]);
    const same = early.searchKey(ENTRY, { q: "乡村", filters: { paper: "maonan" }, sort: "title-first" }, 20);
    expect(early.earlySearchFor(same)).toBe(started.answer);
    expect(early.earlySearchFor(early.searchKey(ENTRY, started.state, 40))).toBeNull();
    expect(early.earlySearchFor(early.searchKey(ENTRY, { ...started.state, q: "振兴" }, 20))).toBeNull();
  });

  it("starts nothing without a query", async () => {
    const early = await fresh();
    expect(early.startEarlySearch(ENTRY, new URLSearchParams("q=%20%20"))).toBeNull();
    expect(asked).toEqual([]);
    expect(early.claimEarlySearch()).toBeNull();
  });

  it("hands drawn results to the app when drawn before the app's claim", async () => {
    const early = await fresh();
    const started = early.startEarlySearch(ENTRY, new URLSearchParams("q=乡村"))!;
    expect(early.mayDraw(RESULT)).toBe(true);
    expect(early.claimEarlySearch()).toEqual({ state: started.state, result: RESULT });
    expect(early.drawnResultsFor(early.searchKey(ENTRY, started.state, 20))).toBe(RESULT);
    // The same answer for every render of the app that claims.
    expect(early.claimEarlySearch()).toEqual({ state: started.state, result: RESULT });
  });

  it("draws nothing once the app has claimed the page", async () => {
    const early = await fresh();
    const started = early.startEarlySearch(ENTRY, new URLSearchParams("q=乡村"))!;
    expect(early.claimEarlySearch()).toBeNull();
    expect(early.mayDraw(RESULT)).toBe(false);
    expect(early.claimEarlySearch()).toBeNull();
    expect(early.drawnResultsFor(early.searchKey(ENTRY, started.state, 20))).toBeNull();
    // The app still takes the answer, not a second search.
    expect(early.earlySearchFor(early.searchKey(ENTRY, started.state, 20))).toBe(started.answer);
  });
});

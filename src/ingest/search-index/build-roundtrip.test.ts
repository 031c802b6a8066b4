import { describe, expect, it } from "vitest";
import { SEARCH_ENTRY_FILE, segmentEntryPath, type SearchDoc } from "@/bundle/search-schema";
import { foldText } from "@/search/fold/fold";
import { openSearchIndex } from "@/search/open-index";
import { parseQuery } from "@/search/query";
import { searchableText } from "@/search/searchable-text";
import type { SearchEngine, SearchOptions } from "@/search/search-types";
import { hasMoreResults } from "@/app/features/search/components/search-page-text";
import { buildSearchIndex, type SearchIndexOptions, type SearchIndexStats } from "./build-search-index";
import { sortForSearch } from "./issue-table";
import { personKeys } from "./person-keys";
import { SINGLE_SEGMENT } from "./segment-policy";
import { NAMES, generateCorpus } from "./test-corpus";
import { mulberry32 } from "../seeded-random";

const corpus = generateCorpus(400);
const ordered = sortForSearch(corpus);

async function build(
  options: Partial<SearchIndexOptions>,
): Promise<{ engine: SearchEngine; stats: SearchIndexStats; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>();
  const stats = await buildSearchIndex(corpus, (path, bytes) => void files.set(path, bytes), options);
  const engine = await openSearchIndex(async (path) => {
    const file = files.get(path);
    if (file === undefined) throw new Error(`no file ${path}`);
    return file;
  });
  return { engine, stats, files };
}

const keysOf = new Map(NAMES.map((n) => [n, personKeys(n)]));

/** The truth: every word a substring of the folded text, or a pinyin key of one of the people. */
function bruteForce(query: string, filter: (d: SearchDoc) => boolean = () => true): string[] {
  const { words } = parseQuery(query);
  if (words.length === 0) return [];
  return ordered
    .filter(filter)
    .filter((d) => {
      const text = foldText(searchableText(d));
      return words.every(
        (w) =>
          text.includes(w.text) ||
          (w.personKey !== null && d.people.some((n) => keysOf.get(n)!.includes(w.personKey!))),
      );
    })
    .map((d) => d.key);
}

function queries(): string[] {
  const random = mulberry32(7);
  const out: string[] = [
    "的",
    "乡村振兴",
    "鄉村振興",
    "中 国",
    "lsy",
    "lvguoji",
    "shanxiongxin",
    "，。",
    "１２３",
    "123",
    "ab",
    "国人民茂南",
    "不存在",
  ];
  for (let i = 0; i < 120; i++) {
    const doc = ordered[Math.floor(random() * ordered.length)]!;
    const text = searchableText(doc);
    const length = 1 + Math.floor(random() * 4);
    const at = Math.floor(random() * Math.max(1, text.length - length));
    out.push(text.slice(at, at + length));
    if (i % 4 === 0) out.push(`${text.slice(at, at + 2)} ${searchableText(ordered[i]!).slice(3, 5)}`);
  }
  return out;
}

const everything: SearchOptions = { limit: Infinity, maxTextFetches: Infinity };
// Thresholds far below the defaults so that a few hundred documents make many shards, big posting
// files, bitmaps and complements.
// One-day windows: the 30 dates of the corpus fall into several segments of different sizes.
// Two segments in the entry at least, the older ones in pages of two.
const tiny: Partial<SearchIndexOptions> = {
  mode: "segmented",
  targetShardBytes: 256,
  bigPostingBytes: 16,
  docsPerTextShard: 3,
  minBlockDays: 1,
  entrySegments: 2,
  segmentsPerPage: 2,
};
const tinySingle: Partial<SearchIndexOptions> = { ...tiny, minBlockDays: SINGLE_SEGMENT };

describe("search index build and query", () => {
  it("writes a segmented index with every kind of file when forced", async () => {
    const { stats, files } = await build(tiny);
    expect(stats.mode).toBe("segmented");
    expect(stats.segments.length).toBeGreaterThan(3);
    expect((await build(tinySingle)).stats.segments.length).toBe(1);
    expect(stats.postings!.shards).toBeGreaterThan(10);
    expect(stats.postings!.bigFiles).toBeGreaterThan(0);
    expect(stats.postings!.encodings).toMatchObject({ bitmap: expect.any(Number), complement: expect.any(Number) });
    expect([...files.keys()].some((p) => /\/t\/\d+\.json$/u.test(p))).toBe(true);
  });

  it("finds exactly what a brute-force scan finds, segmented, single-segment and small alike", async () => {
    const segmented = (await build(tiny)).engine;
    const single = (await build(tinySingle)).engine;
    const small = (await build({ mode: "small" })).engine;
    for (const query of queries()) {
      const expected = bruteForce(query);
      for (const engine of [segmented, single, small]) {
        const result = await engine.search(query, everything);
        expect({ query, keys: result.hits.map((h) => h.key) }).toEqual({ query, keys: expected });
        expect({ query, total: result.total, exact: result.totalExact }).toEqual({
          query,
          total: expected.length,
          exact: true,
        });
      }
    }
  });

  it("filters like the brute force does", async () => {
    const { engine } = await build(tiny);
    const filters = [
      { dateFrom: "2023-02-01", dateTo: "2023-02-15" },
      { paper: "other" },
      { page: 3 },
      { person: NAMES[1]! },
    ];
    for (const f of filters) {
      const keep = (d: SearchDoc): boolean =>
        (f.dateFrom === undefined || d.date >= f.dateFrom) &&
        (f.dateTo === undefined || d.date <= f.dateTo) &&
        (f.paper === undefined || d.paper === f.paper) &&
        (f.page === undefined || d.page === f.page) &&
        (f.person === undefined || d.people.includes(f.person));
      for (const query of ["中", "乡村", "会议 的"]) {
        const result = await engine.search(query, { ...everything, filters: f });
        expect({ f, query, keys: result.hits.map((h) => h.key) }).toEqual({ f, query, keys: bruteForce(query, keep) });
      }
    }
  });

  it("orders title hits first, each group newest first", async () => {
    const { engine } = await build(tiny);
    for (const query of ["中", "国人", "发展"]) {
      const expected = bruteForce(query);
      const inTitle = new Set(ordered.filter((d) => foldText(d.title).includes(foldText(query))).map((d) => d.key));
      const result = await engine.search(query, { ...everything, sort: "title-first" });
      expect(result.hits.map((h) => h.key)).toEqual([
        ...expected.filter((k) => inTitle.has(k)),
        ...expected.filter((k) => !inTitle.has(k)),
      ]);
      expect(result.hits.map((h) => h.titleHit)).toEqual(result.hits.map((h) => inTitle.has(h.key)));
    }
  });

  it("stops at its download budget and continues when called again", async () => {
    const { engine } = await build(tiny);
    const query = "中";
    const expected = bruteForce(query);
    let result = await engine.search(query, { limit: expected.length, maxTextFetches: 2 });
    expect(result.truncated).toBe(true);
    expect(result.hits.length).toBeLessThan(expected.length);
    for (let round = 0; round < 200 && result.truncated; round++) {
      result = await engine.search(query, { limit: expected.length, maxTextFetches: 2 });
    }
    expect(result.hits.map((h) => h.key)).toEqual(expected);
    expect([result.total, result.totalExact]).toEqual([expected.length, true]);
  });

  it("ranks, pages and budgets a segmented index exactly like a single-segment one, and counts at least as many as the segments it read", async () => {
    const segmented = (await build(tiny)).engine;
    const single = (await build(tinySingle)).engine;
    const variants: SearchOptions[] = [
      {},
      { limit: 5, offset: 7 },
      { sort: "title-first", limit: 12 },
      { sort: "title-first", limit: 4, offset: 3 },
      { limit: 10, maxTextFetches: 3 },
      { limit: 6, filters: { dateFrom: "2023-02-05", dateTo: "2023-03-12" } },
      { limit: 50, filters: { paper: "other", page: 2 } },
      { limit: 50, filters: { person: NAMES[0]! } },
    ];
    for (const query of queries().slice(0, 60))
      for (const options of variants) {
        const [a, b] = await Promise.all([segmented.search(query, options), single.search(query, options)]);
        expect({ query, options, hits: a.hits }).toEqual({ query, options, hits: b.hits });
        if (a.totalExact) expect({ query, options, total: a.total }).toEqual({ query, options, total: b.total });
        else if (b.totalExact) {
          // An answer from the newest segments alone: the matches counted there, no more than all.
          expect({ query, options, partial: a.total <= b.total }).toEqual({ query, options, partial: true });
        }
        // More to show over the whole index: the segmented answer offers it too.
        if (hasMoreResults(b))
          expect({ query, options, more: hasMoreResults(a) }).toEqual({ query, options, more: true });
        if (b.truncated)
          expect({ query, options, truncated: a.truncated }).toEqual({ query, options, truncated: true });
      }
  });

  it("finds a newest-first page of a common word in the newest segment, fetching no older segment's postings", async () => {
    const files = new Map<string, Uint8Array>();
    const stats = await buildSearchIndex(corpus, (path, bytes) => void files.set(path, bytes), tiny);
    const fetched: string[] = [];
    const engine = await openSearchIndex(async (path) => {
      fetched.push(path);
      return files.get(path)!;
    });
    const [newest, ...older] = stats.segments;
    const query = "的";
    const inNewest = bruteForce(query).slice(0, newest!.docs);
    const limit = 5;
    expect(inNewest.length).toBeGreaterThan(limit);
    const result = await engine.search(query, { limit });
    expect(result.hits.map((h) => h.key)).toEqual(bruteForce(query).slice(0, limit));
    expect(fetched.some((path) => path.startsWith(`${newest!.id}/p/`))).toBe(true);
    const olderFetched = fetched.filter((path) => older.some((s) => path.startsWith(`${s.id}/`)));
    expect(olderFetched).toEqual([]);
    expect(fetched.filter((path) => path.startsWith("pages/"))).toEqual([]);
    expect(result.totalExact).toBe(false);
    expect(hasMoreResults(result)).toBe(true);
    // Asking for everything reads every segment and counts exactly.
    const all = await engine.search(query, everything);
    expect([all.total, all.totalExact]).toEqual([bruteForce(query).length, true]);
  });

  it("lists a segment in the entry by the same few fields whatever issues it holds, its issue table in its segment.json", async () => {
    const entryOf = async (docs: SearchDoc[]): Promise<string> => {
      const files = new Map<string, Uint8Array>();
      await buildSearchIndex(docs, (path, bytes) => void files.set(path, bytes), tinySingle);
      return new TextDecoder().decode(files.get(SEARCH_ENTRY_FILE));
    };
    // The same articles as about 60 issues, and as 400 (one a day, from 2020-01-01).
    const daily = corpus.map((d, i) => ({ ...d, date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10) }));
    const few = await entryOf(corpus);
    const many = await entryOf(daily);
    expect(new Set(corpus.map((d) => `${d.date} ${d.paper}`)).size).toBeLessThan(70);
    expect(many).not.toContain("issues");
    expect(many.length).toBe(few.length);
  });

  it("lists the newest segments in the entry and the older ones in pages, whatever their number", async () => {
    const files = new Map<string, Uint8Array>();
    const stats = await buildSearchIndex(corpus, (path, bytes) => void files.set(path, bytes), tiny);
    const entry = JSON.parse(new TextDecoder().decode(files.get(SEARCH_ENTRY_FILE))) as {
      segments: { id: string }[];
      pages: { file: string; segmentCount: number }[];
    };
    expect(stats.segments.length).toBeGreaterThan(3);
    // At least `entrySegments` (2), fewer than that plus a page (2).
    expect(entry.segments.length).toBeGreaterThanOrEqual(2);
    expect(entry.segments.length).toBeLessThan(4);
    expect(entry.segments.map((s) => s.id)).toEqual(stats.segments.slice(0, entry.segments.length).map((s) => s.id));
    expect(entry.pages.reduce((n, p) => n + p.segmentCount, 0)).toBe(stats.segments.length - entry.segments.length);
    for (const page of entry.pages) expect(files.has(page.file)).toBe(true);
  });

  it("fetches a segment's issue table only when a date or paper filter keeps part of that segment", async () => {
    const files = new Map<string, Uint8Array>();
    const stats = await buildSearchIndex(corpus, (path, bytes) => void files.set(path, bytes), tiny);
    const fetched: string[] = [];
    const engine = await openSearchIndex(async (path) => {
      fetched.push(path);
      return files.get(path)!;
    });
    const tables = (): string[] => fetched.filter((path) => path.endsWith("/segment.json"));
    const query = "的";
    await engine.search(query, everything);
    expect(tables()).toEqual([]);
    fetched.length = 0;
    // A date range that holds whole segments (from the oldest day of one to the newest of another).
    const [newest, next] = stats.segments;
    const whole = { dateFrom: next!.from, dateTo: newest!.to };
    const result = await engine.search(query, { ...everything, filters: whole });
    expect(result.hits.map((h) => h.key)).toEqual(bruteForce(query, (d) => d.date >= whole.dateFrom));
    expect(tables()).toEqual([]);
    // Nor anything of the segments the dates leave out, nor their pages.
    expect(fetched.filter((path) => !path.startsWith(`${newest!.id}/`) && !path.startsWith(`${next!.id}/`))).toEqual(
      [],
    );
    // A day inside a segment of several days: that segment's table, and no other.
    const long = stats.segments.find((s) => s.from < s.to)!;
    const day = { dateFrom: long.to, dateTo: long.to };
    const inDay = await engine.search(query, { ...everything, filters: day });
    expect(inDay.hits.map((h) => h.key)).toEqual(bruteForce(query, (d) => d.date === long.to));
    expect(tables()).toEqual([segmentEntryPath(long.id)]);
    // Every segment holds both papers: a paper filter needs every table (fetched once each).
    await engine.search(query, { ...everything, filters: { paper: "other" } });
    await engine.search(query, { ...everything, filters: { paper: "other" } });
    expect(tables().sort()).toEqual(stats.segments.map((s) => segmentEntryPath(s.id)).sort());
  });

  it("answers from a version-2 entry (each segment's whole record, issue table included) as from the entry written now", async () => {
    const files = new Map<string, Uint8Array>();
    const stats = await buildSearchIndex(corpus, (path, bytes) => void files.set(path, bytes), tiny);
    const decoder = new TextDecoder();
    const { pages, ...entry } = JSON.parse(decoder.decode(files.get(SEARCH_ENTRY_FILE))) as Record<string, unknown>;
    expect(pages).not.toEqual([]);
    const v2 = {
      ...entry,
      version: 2,
      segments: stats.segments.map((s) => JSON.parse(decoder.decode(files.get(segmentEntryPath(s.id))))),
    };
    const open = (entryBytes: Uint8Array): Promise<SearchEngine> =>
      openSearchIndex(async (path) => (path === SEARCH_ENTRY_FILE ? entryBytes : files.get(path)!));
    const now = await open(files.get(SEARCH_ENTRY_FILE)!);
    const old = await open(new TextEncoder().encode(JSON.stringify(v2)));
    const variants: SearchOptions[] = [
      everything,
      { limit: 5 },
      { ...everything, filters: { dateFrom: "2023-02-05", dateTo: "2023-03-12" } },
      { ...everything, filters: { paper: "other" } },
    ];
    for (const query of ["的", "乡村", "会议 的", "lsy"])
      for (const options of variants)
        expect({ query, options, result: await old.search(query, options) }).toEqual({
          query,
          options,
          result: await now.search(query, options),
        });
  });

  it("builds a small index below the threshold and a segmented one above", async () => {
    const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(JSON.stringify(d)), 0);
    expect((await build({ smallMaxBytes: bytes })).stats.mode).toBe("small");
    expect((await build({ smallMaxBytes: bytes - 1 })).stats.mode).toBe("segmented");
  });
});

import { describe, expect, it } from "vitest";
import type { SearchDoc } from "@/bundle/search-schema";
import { foldText } from "@/search/fold/fold";
import { openSearchIndex } from "@/search/open-index";
import { parseQuery } from "@/search/query";
import { searchableText } from "@/search/searchable-text";
import type { SearchEngine, SearchOptions } from "@/search/search-types";
import { buildSearchIndex, type SearchIndexOptions, type SearchIndexStats } from "./build-search-index";
import { sortForSearch } from "./issue-table";
import { personKeys } from "./person-keys";
import { NAMES, generateCorpus, mulberry32 } from "./test-corpus";

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
const tiny: Partial<SearchIndexOptions> = {
  mode: "sharded",
  targetShardBytes: 256,
  bigPostingBytes: 24,
  docsPerTextShard: 3,
};

describe("search index build and query", () => {
  it("writes a sharded index with every kind of file when forced", async () => {
    const { stats, files } = await build(tiny);
    expect(stats.mode).toBe("sharded");
    expect(stats.postings!.shards).toBeGreaterThan(10);
    expect(stats.postings!.bigFiles).toBeGreaterThan(0);
    expect(stats.postings!.encodings).toMatchObject({ bitmap: expect.any(Number), complement: expect.any(Number) });
    expect([...files.keys()].some((p) => /\/t\/\d+\.json$/u.test(p))).toBe(true);
  });

  it("finds exactly what a brute-force scan finds, sharded and small alike", async () => {
    const sharded = (await build(tiny)).engine;
    const small = (await build({ mode: "small" })).engine;
    for (const query of queries()) {
      const expected = bruteForce(query);
      for (const engine of [sharded, small]) {
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

  it("builds a small index below the threshold and a sharded one above", async () => {
    const bytes = corpus.reduce((n, d) => n + Buffer.byteLength(JSON.stringify(d)), 0);
    expect((await build({ smallMaxBytes: bytes })).stats.mode).toBe("small");
    expect((await build({ smallMaxBytes: bytes - 1 })).stats.mode).toBe("sharded");
  });
});

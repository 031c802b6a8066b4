import { describe, expect, it } from "vitest";
import { SEARCH_INDEX_VERSION, type SearchDoc, type SmallIndex } from "@/bundle/search-schema";
import { foldingId } from "../fold/fold";
import { openSearchIndex } from "../open-index";
import type { SearchEngine } from "../search-types";

function doc(
  key: string,
  date: string,
  title: string,
  paragraphs: string[],
  people: string[] = [],
  page = 1,
): SearchDoc {
  return { key, date, paper: "maonan", page, title, subtitles: [], byline: null, paragraphs, caption: null, people };
}

// Newest first, as the builder orders them.
const docs: SearchDoc[] = [
  doc("maonan/2023-03-01/1-1", "2023-03-01", "茂南召开会议", ["区委书记廖述毅主持会议。"], ["廖述毅"]),
  doc("maonan/2023-03-01/2-1", "2023-03-01", "篮球赛闭幕", ["金塘镇“油城墟·乡村振兴”篮球赛圆满闭幕。"], [], 2),
  doc("maonan/2023-02-26/1-1", "2023-02-26", "推进鄉村振興", ["茂南区推动乡村振兴，会议强调落实。"]),
  doc("maonan/2023-02-26/1-2", "2023-02-26", "乡村新貌", ["振兴产业，建设乡村。"]),
  doc("maonan/2023-02-20/1-1", "2023-02-20", "１９９８年回顾", ["回顾1998年的发展。"]),
];

async function engine(): Promise<SearchEngine> {
  const index: SmallIndex = {
    type: "folio/search-index",
    version: SEARCH_INDEX_VERSION,
    folding: foldingId(),
    mode: "small",
    docs,
    personKeys: { lsy: ["廖述毅"], liaoshuyi: ["廖述毅"] },
  };
  const bytes = new TextEncoder().encode(JSON.stringify(index));
  return openSearchIndex(async (path) => {
    if (path !== "index.json") throw new Error(`unexpected fetch ${path}`);
    return bytes;
  });
}

const keys = async (query: string, options = {}): Promise<string[]> =>
  (await (await engine()).search(query, options)).hits.map((h) => h.key.slice(7));

describe("small index", () => {
  it("finds a word wherever it occurs, newest first, and nothing that lacks it", async () => {
    expect(await keys("乡村振兴")).toEqual(["2023-03-01/2-1", "2023-02-26/1-1"]);
  });

  it("never shows a document that has the bigrams but not the word", async () => {
    // 2023-02-26/1-2 has 乡村 and 振兴 apart: bigram candidates, not a match.
    expect(await keys("乡村振兴")).not.toContain("2023-02-26/1-2");
  });

  it("requires every space-separated word", async () => {
    expect(await keys("乡村 振兴")).toEqual(["2023-03-01/2-1", "2023-02-26/1-1", "2023-02-26/1-2"]);
    expect(await keys("乡村 会议")).toEqual(["2023-02-26/1-1"]);
  });

  it("answers one-character words", async () => {
    expect(await keys("赛")).toEqual(["2023-03-01/2-1"]);
  });

  it("finds nothing, harmlessly, for punctuation and spaces", async () => {
    const result = await (await engine()).search(" ，。！ ");
    expect(result).toEqual({ words: [], hits: [], total: 0, totalExact: true, truncated: false });
  });

  it("folds queries and text alike", async () => {
    expect(await keys("鄉村振興")).toEqual(await keys("乡村振兴"));
    expect(await keys("1998")).toEqual(["2023-02-20/1-1"]);
    expect(await keys("１９９８年回顾")).toEqual(["2023-02-20/1-1"]);
  });

  it("finds people by pinyin and initials and highlights the name", async () => {
    const search = await engine();
    for (const query of ["lsy", "LiaoShuyi"]) {
      const { hits } = await search.search(query);
      expect(hits.map((h) => h.key)).toEqual(["maonan/2023-03-01/1-1"]);
      const { text, highlights } = hits[0]!.snippet;
      expect(highlights.map(([a, b]) => text.slice(a, b))).toEqual(["廖述毅"]);
    }
  });

  it("puts title hits first when asked", async () => {
    expect(await keys("乡村", { sort: "title-first" })).toEqual(["2023-02-26/1-1", "2023-02-26/1-2", "2023-03-01/2-1"]);
    const { hits } = await (await engine()).search("乡村", { sort: "title-first" });
    expect(hits.map((h) => h.titleHit)).toEqual([true, true, false]);
    expect(hits[0]!.titleHighlights).toEqual([[2, 4]]);
  });

  it("filters by date, page and person, and pages through results", async () => {
    expect(await keys("乡村", { filters: { dateFrom: "2023-02-27" } })).toEqual(["2023-03-01/2-1"]);
    expect(await keys("乡村", { filters: { dateTo: "2023-02-26", page: 1 } })).toEqual([
      "2023-02-26/1-1",
      "2023-02-26/1-2",
    ]);
    expect(await keys("会议", { filters: { person: "廖述毅" } })).toEqual(["2023-03-01/1-1"]);
    expect(await keys("乡村", { limit: 1, offset: 1 })).toEqual(["2023-02-26/1-1"]);
    const { total, totalExact } = await (await engine()).search("乡村", { limit: 1 });
    expect([total, totalExact]).toEqual([3, true]);
  });

  it("refuses an index folded differently", async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        type: "folio/search-index",
        version: SEARCH_INDEX_VERSION,
        folding: "fold0-x",
        mode: "small",
        docs: [],
        personKeys: {},
      }),
    );
    await expect(openSearchIndex(async () => bytes)).rejects.toThrow(/rebuild the index/u);
  });
});

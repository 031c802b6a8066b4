// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/search/search-types";
import { searchHitElement } from "./early-results";
import { searchHitParts } from "./search-hit-parts";
import { SearchHitItem } from "./SearchHitItem";
import type { SearchContext } from "./search-page-text";

/**
 * The early drawer (no React) and `SearchHitItem` draw a hit from the same parts: the same HTML,
 * element for element and attribute for attribute, for every shape of hit (so the app can hydrate
 * what the drawer drew).
 */
const CONTEXT: SearchContext = {
  papers: [
    { id: "maonan", name: "茂南区新闻" },
    { id: "lab", name: "测试样报" },
  ],
  approximate: ["lab/2024-06-03"],
};

function hit(overrides: Partial<SearchHit>): SearchHit {
  return {
    key: "maonan/2023-02-26/1-2",
    title: "乡村振兴的新路子",
    date: "2023-02-26",
    paper: "maonan",
    page: 1,
    byline: "本报记者 李明",
    snippet: {
      text: "全面推进乡村振兴，加快农业现代化",
      highlights: [[4, 8]],
      truncatedStart: false,
      truncatedEnd: true,
    },
    titleHit: true,
    titleHighlights: [[0, 4]],
    ...overrides,
  } as SearchHit;
}

const HITS: [string, SearchHit][] = [
  ["a linked hit with byline, marks and a cut excerpt", hit({})],
  [
    "an inferred date, a bulleted byline, an excerpt cut at both ends",
    hit({
      key: "lab/2024-06-03/2-1",
      paper: "lab",
      date: "2024-06-03",
      page: 2,
      byline: "■ 王芳",
      snippet: {
        text: "振兴乡村",
        highlights: [
          [2, 4],
          [0, 2],
        ],
        truncatedStart: true,
        truncatedEnd: true,
      },
    } as Partial<SearchHit>),
  ],
  [
    "no byline, no excerpt, no title, an unknown paper",
    hit({
      paper: "other",
      key: "other/2023-02-26/3-4",
      title: "",
      titleHighlights: [],
      byline: null,
      snippet: { text: "", highlights: [], truncatedStart: false, truncatedEnd: false },
    } as Partial<SearchHit>),
  ],
  ["a key that names no article (no link)", hit({ key: "not an address" })],
  [
    "text that looks like markup",
    hit({ title: '<img src=x onerror="alert(1)">', titleHighlights: [[1, 4]], byline: "<b>&amp;</b>" }),
  ],
];

describe("the early drawer and SearchHitItem", () => {
  it.each(HITS)("draw the same HTML: %s", (_, h) => {
    const parts = searchHitParts(h, "乡村 振兴", CONTEXT);
    const react = renderToStaticMarkup(
      <MemoryRouter>
        <SearchHitItem parts={parts} />
      </MemoryRouter>,
    );
    // Through the same serializer (React escapes quotes in text, the DOM does not): the same markup.
    const parsed = document.createElement("ol");
    parsed.innerHTML = react;
    expect(parsed.children).toHaveLength(1);
    expect(searchHitElement(parts).outerHTML).toBe(parsed.innerHTML);
  });

  it("draws each text run as a text node of its own, as React hydrates them", () => {
    const item = searchHitElement(searchHitParts(hit({}), "乡村", CONTEXT));
    const meta = item.querySelector("p.text-xs")!;
    expect([...meta.childNodes].map((n) => n.textContent)).toEqual([
      "茂南区新闻",
      " · 2023年2月26日 星期日 · 第1版",
      " · 本报记者 李明",
    ]);
    const excerpt = item.querySelector(".mention-sentence")!;
    expect([...excerpt.childNodes].map((n) => [n.nodeName, n.textContent])).toEqual([
      ["#text", "全面推进"],
      ["MARK", "乡村振兴"],
      ["#text", "，加快农业现代化"],
      ["#text", "…"],
    ]);
    expect(item.querySelector("a")!.getAttribute("href")).toBe("/maonan/2023-02-26/1/2/?hl=%E4%B9%A1%E6%9D%91");
  });
});

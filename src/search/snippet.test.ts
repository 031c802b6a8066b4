import { describe, expect, it } from "vitest";
import { buildSnippet, highlightRanges } from "./snippet";
import type { Snippet } from "./search-types";

function marked(s: Snippet): string {
  let out = "";
  let at = 0;
  for (const [a, b] of s.highlights) {
    out += `${s.text.slice(at, a)}[${s.text.slice(a, b)}]`;
    at = b;
  }
  return out + s.text.slice(at);
}

describe("highlightRanges", () => {
  it("reports every occurrence of every word, merged where they touch or overlap", () => {
    const text = "乡村振兴，振兴乡村";
    expect(highlightRanges(text, ["乡村", "振兴"])).toEqual([
      [0, 4],
      [5, 9],
    ]);
    expect(highlightRanges("哈哈哈", ["哈哈"])).toEqual([[0, 3]]);
  });

  it("matches folded and reports the printed characters", () => {
    const text = "推進鄉村振興";
    const [[a, b]] = highlightRanges(text, ["乡村"]) as [[number, number]];
    expect(text.slice(a, b)).toBe("鄉村");
  });
});

describe("buildSnippet", () => {
  const long = `${"前".repeat(100)}乡村振兴${"后".repeat(100)}乡村`;

  it("cuts an excerpt around the first match and reports every match inside it", () => {
    const s = buildSnippet(long, ["乡村"], { length: 40, before: 10 });
    expect(s.text).toHaveLength(40);
    expect(marked(s)).toBe(`${"前".repeat(10)}[乡村]振兴${"后".repeat(26)}`);
    expect(s.truncatedStart).toBe(true);
    expect(s.truncatedEnd).toBe(true);
  });

  it("stays within the line (paragraph) of the first match, and says nothing of it was cut", () => {
    const s = buildSnippet("第一段。\n第二段有乡村。\n第三段", ["乡村"], { length: 40 });
    expect(marked(s)).toBe("第二段有[乡村]。");
    expect([s.truncatedStart, s.truncatedEnd]).toEqual([false, false]);
  });

  it("starts at the fallback when nothing matches", () => {
    const s = buildSnippet("副题\n正文开始", ["无"], { fallbackStart: 3 });
    expect(s).toEqual({ text: "正文开始", highlights: [], truncatedStart: false, truncatedEnd: false });
  });

  it("never cuts a character outside the BMP in two", () => {
    const text = `${"𠀀".repeat(30)}中国`;
    const s = buildSnippet(text, ["中国"], { length: 9, before: 5 });
    expect(s.text.startsWith("\udc00")).toBe(false);
    expect(s.text.slice(...s.highlights[0]!)).toBe("中国");
  });
});

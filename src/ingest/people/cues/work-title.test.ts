import { describe, expect, it } from "vitest";
import { onlyInsideWorkTitles } from "./work-title";

describe("a dotted name printed only inside a work's title marks", () => {
  it("names a book and its chapter", () => {
    expect(onlyInsideWorkTitles("《诗经·国风》和《尚书·周书》都写到了。", "尚书·周书")).toBe(true);
  });

  it("is a name again when printed once outside the marks, and a plain name is left alone", () => {
    expect(onlyInsideWorkTitles("《安娜·林自述》出版后，安娜·林说，她很高兴。", "安娜·林")).toBe(false);
    expect(onlyInsideWorkTitles("《春天》之后，安娜·林又写了《秋天》。", "安娜·林")).toBe(false);
    expect(onlyInsideWorkTitles("她主持的《林晓禾说健康》每晚播出。", "林晓禾")).toBe(false);
  });
});

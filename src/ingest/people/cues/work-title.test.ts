import { describe, expect, it } from "vitest";
import { onlyInsideWorkTitles } from "./work-title";

describe("a name printed only inside a work's title marks", () => {
  it("names the work", () => {
    expect(onlyInsideWorkTitles("她主持的《林晓禾说健康》每晚播出。", "林晓禾")).toBe(true);
    expect(onlyInsideWorkTitles("《诗经·国风》和《尚书·周书》都写到了。", "尚书·周书")).toBe(true);
  });

  it("is a person again when printed once outside the marks", () => {
    expect(onlyInsideWorkTitles("《林晓禾说健康》每晚播出，林晓禾说，她很高兴。", "林晓禾")).toBe(false);
    expect(onlyInsideWorkTitles("林晓禾写了《春天》。", "林晓禾")).toBe(false);
    expect(onlyInsideWorkTitles("《春天》之后，林晓禾又写了《秋天》。", "林晓禾")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { forEachGram, gramKey, gramOfKey, queryGrams, runsOf } from "./tokenize";

function grams(folded: string): { uni: string[]; bi: string[] } {
  const uni: string[] = [];
  const bi: string[] = [];
  forEachGram(
    folded,
    (a) => uni.push(String.fromCodePoint(a)),
    (a, b) => bi.push(String.fromCodePoint(a, b)),
  );
  return { uni, bi };
}

describe("forEachGram", () => {
  it("gives every character and every adjacent pair within a run", () => {
    expect(grams("乡村振兴")).toEqual({ uni: ["乡", "村", "振", "兴"], bi: ["乡村", "村振", "振兴"] });
  });

  it("ends runs at spaces and line breaks only; a lone character is a unigram only", () => {
    expect(grams("中 国\na")).toEqual({ uni: ["中", "国", "a"], bi: [] });
  });

  it("pairs across punctuation but gives punctuation no unigram", () => {
    expect(grams("生、陈")).toEqual({ uni: ["生", "陈"], bi: ["生、", "、陈"] });
  });

  it("pairs across scripts inside a run (2月, g20)", () => {
    expect(grams("2月g20").bi).toEqual(["2月", "月g", "g2", "20"]);
  });

  it("handles characters outside the BMP", () => {
    expect(grams("𠀀中").bi).toEqual(["𠀀中"]);
  });
});

describe("queryGrams", () => {
  it("uses bigrams for runs of two or more, the character for runs of one", () => {
    expect(queryGrams("乡村振兴")).toEqual(["乡村", "村振", "振兴"]);
    expect(queryGrams("的")).toEqual(["的"]);
    expect(queryGrams("中·国家")).toEqual(["中·", "·国", "国家"]);
  });

  it("deduplicates", () => {
    expect(queryGrams("哈哈哈")).toEqual(["哈哈"]);
  });
});

describe("runsOf and gram keys", () => {
  it("splits folded text into runs of word characters", () => {
    expect(runsOf("a1,中 国\n2").map((r) => String.fromCodePoint(...r))).toEqual(["a1,中", "国", "2"]);
  });

  it("round-trips gram keys", () => {
    for (const g of ["中", "中国", "𠀀中", "a"]) {
      const cps = Array.from(g, (c) => c.codePointAt(0)!);
      expect(gramOfKey(gramKey(cps[0]!, cps[1]))).toBe(g);
    }
  });
});

import { describe, expect, it } from "vitest";
import { parseQuery } from "./query";

describe("parseQuery", () => {
  it("splits on any whitespace; every word must occur", () => {
    expect(parseQuery("乡村　振兴  茂南").words.map((w) => w.text)).toEqual(["乡村", "振兴", "茂南"]);
  });

  it("folds each word like the index", () => {
    expect(parseQuery("鄉村 ＣＣＴＶ").words.map((w) => w.text)).toEqual(["乡村", "cctv"]);
  });

  it("has no words for a query of punctuation and spaces", () => {
    expect(parseQuery("，。！ ？ ……  ").words).toEqual([]);
    expect(parseQuery("").words).toEqual([]);
  });

  it("drops punctuation at the edges of a word and keeps it inside", () => {
    expect(parseQuery("“乡村振兴”").words.map((w) => w.text)).toEqual(["乡村振兴"]);
    expect(parseQuery("油城墟·乡村").words.map((w) => w.text)).toEqual(["油城墟·乡村"]);
  });

  it("drops repeated words", () => {
    expect(parseQuery("中国 中國").words).toHaveLength(1);
  });

  it("marks one- and two-character words exact: their posting list is the answer", () => {
    const exact = parseQuery("的 中国 中国人 中·国").words.map((w) => [w.text, w.exact]);
    expect(exact).toEqual([
      ["的", true],
      ["中国", true],
      ["中国人", false],
      ["中·国", false],
    ]);
  });

  it("offers Latin-letter words as person keys", () => {
    const [lsy, digits, one] = parseQuery("LSY 2023 l").words;
    expect(lsy!.personKey).toBe("lsy");
    expect(digits!.personKey).toBeNull();
    expect(one!.personKey).toBeNull();
  });
});

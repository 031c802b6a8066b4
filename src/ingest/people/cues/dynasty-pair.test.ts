import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { isDynastyPair } from "./dynasty-pair";

describe("two successive dynasties", () => {
  it("make a period, not a name", () => {
    expect(isDynastyPair("唐宋")).toBe(true);
    expect(isDynastyPair("宋元")).toBe(true);
    expect(isDynastyPair("明清")).toBe(true);
    expect(isDynastyPair("秦汉")).toBe(true);
  });

  it("leave two dynasty characters that do not follow each other, or the wrong way round", () => {
    expect(isDynastyPair("汉元")).toBe(false);
    expect(isDynastyPair("汉明")).toBe(false);
    expect(isDynastyPair("清明")).toBe(false);
    expect(isDynastyPair("明明")).toBe(false);
    expect(isDynastyPair("宋元明")).toBe(false);
  });

  it("are dropped as a mention, and a longer name with them stays (tagger slips)", () => {
    const t = taggedWith("唐宋两朝，此地名茶。柯汉元说，宋元时期已有此茶", ["唐宋", "柯汉元", "宋元"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["柯汉元"]);
  });
});

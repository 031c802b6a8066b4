import { describe, expect, it } from "vitest";
import { dropUnsupportedNames } from "../support";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { UNIT_BEFORE_MIN_PROBABILITY, unitEndsAt, unitVouches } from "./unit-before-name";

const WORDS = new Set(["城市", "超市", "柳绿"]);
const isWord = (w: string) => WORDS.has(w);
const at = (text: string, name: string) => Array.from(text.slice(0, text.indexOf(name))).length;
const endsAt = (text: string, name: string) => unitEndsAt(Array.from(text), at(text, name), isWord);
const vouches = (text: string, name: string) => {
  const start = at(text, name);
  return unitVouches(Array.from(text), start, start + Array.from(name).length, isWord);
};

describe("a name after its unit", () => {
  it("finds a unit's head after the unit's own name, and a unit word alone", () => {
    expect(endsAt("青禾县农技站邬晓禾来了", "邬晓禾")).toBe(true);
    expect(endsAt("省水文局柏青山说", "柏青山")).toBe(true);
    expect(endsAt("不时和社区邬晓禾视频", "邬晓禾")).toBe(true);
  });

  it("finds none after a head with no name of its own, or a 市 that closes a common word", () => {
    expect(endsAt("全市邬晓禾", "邬晓禾")).toBe(false);
    expect(endsAt("南部城市邬晓禾", "邬晓禾")).toBe(false);
    expect(endsAt("，站邬晓禾", "邬晓禾")).toBe(false);
    expect(endsAt("副县长邬晓禾", "邬晓禾")).toBe(false);
  });

  it("vouches for a surname-led name, not a word, a place's end or a name with no surname", () => {
    expect(vouches("青禾县农技站邬晓禾来了", "邬晓禾")).toBe(true);
    expect(vouches("青禾县农技站柳绿来了", "柳绿")).toBe(false);
    expect(vouches("青禾县农技站柳家村来了", "柳家村")).toBe(false);
    expect(vouches("青禾市柳家巷、", "柳家巷")).toBe(false);
    expect(vouches("青禾县农技站埃尔多来了", "埃尔多")).toBe(false);
  });

  it("keeps the tagger's name there in the support check, if the tagger was fairly sure of it", () => {
    const kept = (text: string, name: string, probability: number) => {
      const texts = [taggedWith(text, [name], 0, () => probability)];
      dropUnsupportedNames(texts, texts, EMPTY_LEXICONS, () => false, isWord);
      return texts[0]!.mentions.map((m) => m.name);
    };
    expect(kept("青禾县农技站邬晓禾来了。", "邬晓禾", 0.5)).toEqual(["邬晓禾"]);
    expect(kept("青禾县农技站邬晓禾来了。", "邬晓禾", UNIT_BEFORE_MIN_PROBABILITY / 2)).toEqual([]);
    expect(kept("南部城市邬晓禾来了。", "邬晓禾", 0.5)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames, UNSUPPORTED_MIN_PROBABILITY } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import { isSurnamedThree, runsIntoWord, SURNAMED_THREE_MIN_PROBABILITY } from "./surnamed-three";

const none = () => false;
const wordsOf =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

const kept = (text: string, names: string[], probability: number, isWord: (w: string) => boolean = none) => {
  const texts = [taggedWith(text, names, 0, () => probability)];
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS, none, isWord);
  return texts[0]!.mentions.map((m) => m.name);
};

describe("a three-character name after a common surname", () => {
  it("is the shape: three characters, a common single surname first", () => {
    expect(isSurnamedThree("冯素琴", none, none)).toBe(true);
    expect(isSurnamedThree("郑秋禾", none, none)).toBe(true);
    expect(isSurnamedThree("冯素", none, none)).toBe(false);
    expect(isSurnamedThree("冯素琴琴", none, none)).toBe(false);
    // 秋 is no common surname
    expect(isSurnamedThree("秋禾冯", none, none)).toBe(false);
  });

  it("is not a run of transliteration characters, a phrase that repeats its start, or a unit's name", () => {
    expect(isSurnamedThree("马里亚", none, none)).toBe(false);
    expect(isSurnamedThree("林则林", none, none)).toBe(false);
    expect(isSurnamedThree("高山社", none, none)).toBe(false);
    expect(isSurnamedThree("石门村", none, none)).toBe(false);
  });

  it("is not a word and a character, either way round, nor a place and a character", () => {
    expect(isSurnamedThree("陶然亭", wordsOf("陶然"), none)).toBe(false);
    expect(isSurnamedThree("夏初生", wordsOf("初生"), none)).toBe(false);
    expect(isSurnamedThree("黄石至", none, wordsOf("黄石"))).toBe(false);
  });

  it("runs into a word when its last character makes one with the next", () => {
    const chars = Array.from("陈三邂逅了她");
    expect(runsIntoWord(chars, 3, wordsOf("邂逅"))).toBe(true);
    expect(runsIntoWord(chars, 3, none)).toBe(false);
    expect(runsIntoWord(chars, chars.length, wordsOf("她"))).toBe(false);
  });

  it("is kept at a lower bar than other names nothing vouches for (support check)", () => {
    expect(SURNAMED_THREE_MIN_PROBABILITY).toBeLessThan(UNSUPPORTED_MIN_PROBABILITY);
    const text = "去年冬天，邻居家的郑秋禾把白菜分给了孤寡老人。";
    expect(kept(text, ["郑秋禾"], 0.8)).toEqual(["郑秋禾"]);
    expect(kept(text, ["郑秋禾"], 0.7)).toEqual([]);
    // two characters at the same confidence: the old bar
    expect(kept("邻居家的郑禾把白菜分给了老人。", ["郑禾"], 0.8)).toEqual([]);
  });

  it("is not kept at the lower bar where its mention runs into a word", () => {
    const text = "戏里的陈三邂逅了她。";
    expect(kept(text, ["陈三邂"], 0.8, wordsOf("邂逅"))).toEqual([]);
    expect(kept(text, ["陈三邂"], 0.8)).toEqual(["陈三邂"]);
  });
});

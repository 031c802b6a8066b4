import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import { isTransliteratedDottedName } from "./dotted-transliteration";

const kept = (text: string, names: string[], probability: number) => {
  const texts = [taggedWith(text, names, 0, () => probability)];
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS);
  return texts[0]!.mentions.map((m) => m.name);
};

describe("a dotted name spelt in transliteration characters", () => {
  it("is one: every part two or more characters of the table", () => {
    expect(isTransliteratedDottedName("萨利姆·阿巴斯")).toBe(true);
    expect(isTransliteratedDottedName("卡洛·维尔德")).toBe(true);
  });

  it("is not a place list, a prize, an undotted name or a one-character part", () => {
    expect(isTransliteratedDottedName("茂林·金城")).toBe(false);
    expect(isTransliteratedDottedName("马可·波罗奖")).toBe(false);
    expect(isTransliteratedDottedName("萨利姆")).toBe(false);
    expect(isTransliteratedDottedName("让·维尔德")).toBe(false);
  });

  it("vouches for itself where no title stands before it (support check)", () => {
    expect(kept("阿曼苏丹萨利姆·阿巴斯、埃及总统穆巴拉克", ["萨利姆·阿巴斯"], 0.25)).toEqual(["萨利姆·阿巴斯"]);
    expect(kept("今天茂林·金城一带下雨", ["茂林·金城"], 0.25)).toEqual([]);
    // cut out of a longer run: 卡洛·维尔德|鲍尔
    expect(kept("而前高官卡洛·维尔德鲍尔证实", ["卡洛·维尔德"], 0.25)).toEqual([]);
  });
});

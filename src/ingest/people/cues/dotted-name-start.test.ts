import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { dottedNameStart, type DottedStartContext } from "./dotted-name-start";

/** Words and titles of the tests: 公使, 苏丹, 成员 titles; 富翁, 选举, 获胜 words. */
const TITLES = ["公使", "苏丹", "成员", "代办"];
const WORDS = new Set(["富翁", "百万", "选举", "获胜"]);
const context = (chars: readonly string[]): DottedStartContext => ({
  isWord: (w) => WORDS.has(w),
  titleEndsAt: (at) => TITLES.some((t) => chars.slice(Math.max(0, at - t.length), at).join("") === t),
});
const start = (text: string, tagged: string): string => {
  const chars = Array.from(text);
  const at = text.indexOf(tagged);
  const end = at + tagged.length;
  return chars.slice(dottedNameStart(chars, at, end, context(chars)), end).join("");
};

describe("the start of a dotted name", () => {
  it("moves forward past a title or a word glued to its front", () => {
    expect(start("大使馆公使萨利姆·阿巴斯夫妇", "公使萨利姆·阿巴斯")).toBe("萨利姆·阿巴斯");
    expect(start("伊朗百万富翁萨利姆·阿巴斯的别墅", "翁萨利姆·阿巴斯")).toBe("萨利姆·阿巴斯");
  });

  it("moves back over transliteration characters to a title or punctuation", () => {
    expect(start("阿曼苏丹哈萨利姆·阿巴斯、埃及总统", "萨利姆·阿巴斯")).toBe("哈萨利姆·阿巴斯");
    expect(start("，哈萨利姆·阿巴斯说", "利姆·阿巴斯")).toBe("哈萨利姆·阿巴斯");
  });

  it("does not take in a function word or a word's end", () => {
    expect(start("这本书是罗维·阿巴斯的作品", "罗维·阿巴斯")).toBe("罗维·阿巴斯");
    expect(start("在选举中获胜的米诺·卡维奇宣誓", "米诺·卡维奇")).toBe("米诺·卡维奇");
    expect(start("临时代办萨利姆·阿巴斯说", "萨利姆·阿巴斯")).toBe("萨利姆·阿巴斯");
  });

  it("leaves a name without a dot alone", () => {
    expect(start("公使王大林说", "公使王大林")).toBe("公使王大林");
  });
});

describe("the tagger's dotted names mended (tagger slips)", () => {
  it("cuts a glued title and keeps a one-character first part after a title", () => {
    const t = taggedWith("大使馆公使萨利姆·阿巴斯夫妇，法国总统让·维尔德手持标语", ["公使萨利姆·阿巴斯", "让·维尔德"]);
    const lexicons = { ...EMPTY_LEXICONS, words: new Set(["公使"]) };
    fixTaggerSlips(t, lexicons);
    expect(t.mentions.map((m) => m.name)).toEqual(["萨利姆·阿巴斯", "让·维尔德"]);
  });
});

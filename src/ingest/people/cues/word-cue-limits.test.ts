import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import type { TaggedText } from "../mentions";
import { listItemAsksForWord, neighbourVouchesForWord, wholeLineVouchesForWord } from "./word-cue-limits";

/** Own words standing for dictionary words: 稻谷, 麦穗, 菜籽, 题记, 后记. */
const WORDS = new Set(["稻谷", "麦穗", "菜籽", "题记", "后记"]);
const isWord = (name: string) => WORDS.has(name);

/** A title with no name, then the texts (each tagged with its index in the article). */
const article = (...texts: TaggedText[]) => [taggedWith("春耕", [], 0), ...texts];

const keptIn = (texts: TaggedText[], firstParagraph = 1) => {
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS, isWord, () => false, firstParagraph);
  return texts.flatMap((t) => t.mentions.map((m) => m.name));
};

describe("cues that do not vouch for a dictionary word", () => {
  it("a line of its own vouches for a word only in the author's slot", () => {
    expect(wholeLineVouchesForWord(1, 1)).toBe(true);
    expect(wholeLineVouchesForWord(0, 1)).toBe(false);
    expect(wholeLineVouchesForWord(4, 1)).toBe(false);
    expect(wholeLineVouchesForWord(2, 2)).toBe(true);
  });

  it("drops a word that heads the article or a box, keeps it under the title", () => {
    const title = taggedWith("题记", ["题记"], 0, () => 0.99);
    const body = taggedWith("春耕开始了。", [], 1);
    expect(keptIn([title, body])).toEqual([]);
    const box = taggedWith("后记", ["后记"], 3, () => 0.99);
    expect(
      keptIn([taggedWith("春耕", [], 0), taggedWith("春耕开始了。", [], 1), taggedWith("。", [], 2), box]),
    ).toEqual([]);
    const author = taggedWith("后记", ["后记"], 1, () => 0.99);
    expect(keptIn([taggedWith("春耕", [], 0), author])).toEqual(["后记"]);
    // a name that is no word still stands on its own line wherever it is
    expect(keptIn([taggedWith("王大林", ["王大林"], 0, () => 0.2)])).toEqual(["王大林"]);
  });

  it("a word beside another word in a list is not vouched for, beside a name it is", () => {
    expect(neighbourVouchesForWord("麦穗", isWord)).toBe(false);
    expect(neighbourVouchesForWord("王大林", isWord)).toBe(true);
    expect(keptIn(article(taggedWith("仓里有稻谷、麦穗、菜籽等。", ["稻谷", "麦穗", "菜籽"], 1, () => 0.2)))).toEqual(
      [],
    );
    expect(keptIn(article(taggedWith("获奖的有稻谷、王大林等。", ["稻谷", "王大林"], 1, () => 0.2)))).toEqual([
      "稻谷",
      "王大林",
    ]);
  });

  it("a word the list cue added must show a cue like the tagger's", () => {
    expect(listItemAsksForWord("list")).toBe(true);
    expect(listItemAsksForWord("speech")).toBe(false);
    const t = taggedWith("仓里有稻谷、麦穗、菜籽等。", ["稻谷", "麦穗", "菜籽"], 1, () => 0.01);
    t.mentions.forEach((m) => (m.source = "list"));
    expect(keptIn(article(t))).toEqual([]);
    const names = taggedWith("王小林、王中林、王大林等。", ["王小林", "王中林", "王大林"], 1, () => 0.01);
    names.mentions.forEach((m) => (m.source = "list"));
    expect(keptIn(article(names))).toEqual(["王小林", "王中林", "王大林"]);
  });
});

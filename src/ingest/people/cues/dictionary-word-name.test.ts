import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { parseCedict } from "../reference-lexicon";
import { taggedWith } from "../test-helpers.test-helper";
import { isDictionaryWordName } from "./dictionary-word-name";

const LEXICON = parseCedict(
  [
    "張羅 张罗 [zhang1 luo5] /to take care of; to raise money/",
    "羅漢果 罗汉果 [luo2 han4 guo3] /monk fruit/",
    "汪洋 汪洋 [wang1 yang2] /vast body of water/",
    "沙龍 沙龙 [sha1 long2] /salon (loanword)/",
    "沙龍 沙龙 [Sha1 long2] /Sharon (name)/",
    "惠民 惠民 [Hui4 min2] /Huimin county in Binzhou/",
    "邵東 邵东 [Shao4 dong1] /Shaodong county in Shaoyang/",
    "胡同 胡同 [hu2 tong4] /lane; alley/",
    "清明 清明 [Qing1 ming2] /Qingming festival/",
    "張揚 张扬 [Zhang1 Yang2] /Zhang Yang (1967-), made-up film director/",
    "張揚 张扬 [zhang1 yang2] /to make public/flamboyant/",
  ].join("\n"),
);

const kept = (text: string, names: string[], probability: number) => {
  const texts = [taggedWith(text, names, 0, () => probability)];
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS, (name) => isDictionaryWordName(name, LEXICON));
  return texts[0]!.mentions.map((m) => m.name);
};

describe("a name that the dictionary reads whole as a word or a place", () => {
  it("is a common word or a proper noun, not a person of the dictionary", () => {
    expect(isDictionaryWordName("张罗", LEXICON)).toBe(true);
    expect(isDictionaryWordName("罗汉果", LEXICON)).toBe(true);
    expect(isDictionaryWordName("惠民", LEXICON)).toBe(true);
    expect(isDictionaryWordName("沙龙", LEXICON)).toBe(false);
    expect(isDictionaryWordName("王大林", LEXICON)).toBe(false);
  });

  it("is a common word with a place word after it, or a verb that is also a person", () => {
    expect(isDictionaryWordName("胡同里", LEXICON)).toBe(true);
    expect(isDictionaryWordName("张罗上", LEXICON)).toBe(true);
    expect(isDictionaryWordName("张扬", LEXICON)).toBe(true);
    expect(isDictionaryWordName("王大里", LEXICON)).toBe(false);
    expect(isDictionaryWordName("胡同", LEXICON)).toBe(true);
  });

  it("is a word or a proper noun with a predicate adverb after it (清明|刚过)", () => {
    expect(isDictionaryWordName("清明刚", LEXICON)).toBe(true);
    expect(isDictionaryWordName("胡同都", LEXICON)).toBe(true);
    expect(isDictionaryWordName("王大刚", LEXICON)).toBe(false);
    expect(isDictionaryWordName("沙龙才", LEXICON)).toBe(false);
    expect(kept("清明刚过，村民忙着春耕。", ["清明刚"], 0.5)).toEqual([]);
  });

  it("is not vouched for by where it stands: a paragraph's first word is no cue for a word", () => {
    expect(kept("胡同生活空间狭小，居民家中没有卫生间。", ["胡同"], 0.5)).toEqual([]);
    expect(kept("与新一代青年人张扬个性的追求共振。", ["张扬"], 0.95)).toEqual([]);
    expect(kept("“如果胡同里的居民能生活得开心，胡同里的", ["胡同里", "胡同里"], 0.5)).toEqual([]);
    expect(kept("王大林生活在胡同，", ["王大林"], 0.5)).toEqual(["王大林"]);
  });

  it("stands on a line of its own under the title, as an author's line does", () => {
    const texts = [taggedWith("小巷", [], 0), taggedWith("胡同", ["胡同"], 1, () => 0.5)];
    dropUnsupportedNames(texts, texts, EMPTY_LEXICONS, (name) => isDictionaryWordName(name, LEXICON));
    expect(texts[1]!.mentions.map((m) => m.name)).toEqual(["胡同"]);
  });

  it("goes when no cue vouches for it, however sure the tagger and however often it is printed", () => {
    expect(kept("他又张罗着办起了合作社。", ["张罗"], 0.99)).toEqual([]);
    expect(kept("村民在搬运罗汉果。今年罗汉果卖得好。", ["罗汉果", "罗汉果"], 0.99)).toEqual([]);
    expect(kept("她从湖南邵东来。", ["邵东"], 0.95)).toEqual([]);
  });

  it("stays in a name's slot, and a name that is no word keeps the tagger's word", () => {
    expect(kept("出席会议。汪洋主持会议。", ["汪洋"], 0.99)).toEqual(["汪洋"]);
    expect(kept("，副县长张罗说", ["张罗"], 0.99)).toEqual(["张罗"]);
    expect(kept("今天王大林来了", ["王大林"], 0.99)).toEqual(["王大林"]);
  });
});

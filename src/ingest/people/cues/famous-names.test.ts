import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { taggedWith } from "../test-helpers.test-helper";
import { addFamousNames, FAMOUS_NAMES, famousNameSpans, LONGER_NAME_MIN_PROBABILITY } from "./famous-names";

const WORDS = new Set(["提高", "适应", "维护"]);
const isWord = (w: string) => WORDS.has(w);
const found = (text: string) => {
  const chars = Array.from(text);
  return famousNameSpans(chars, isWord).map((s) => chars.slice(s.start, s.end).join(""));
};

describe("famous names", () => {
  it("finds a listed figure in plain running text, the longest reading first", () => {
    expect(found("秦桧未尝不知将被后世唾骂")).toEqual(["秦桧"]);
    expect(found("东和孙权，北拒曹操")).toEqual(["孙权", "曹操"]);
    expect(found("我想起歌德的一句话")).toEqual(["歌德"]);
    expect(found("读列夫·托尔斯泰的小说")).toEqual(["列夫·托尔斯泰"]);
  });

  it("leaves a listed name that is part of a longer name, of words, or of a place", () => {
    expect(found("拉吉夫·甘地的遗孀")).toEqual([]);
    expect(found("尼赫鲁—甘地家族")).toEqual([]);
    expect(found("应用于哥德巴赫问题")).toEqual([]);
    expect(found("提高适应社会的能力")).toEqual([]);
    expect(found("由小王维护")).toEqual([]);
    expect(found("一个哈姆雷特式的问题")).toEqual([]);
    expect(found("屈原村的菜园")).toEqual([]);
    expect(found("普吉孔子学院主办")).toEqual([]);
    expect(found("获茅盾文学奖")).toEqual([]);
    expect(found("参观孙中山故居")).toEqual(["孙中山"]);
  });

  it("lists no name twice and none that is a common word", () => {
    expect(new Set(FAMOUS_NAMES).size).toBe(FAMOUS_NAMES.length);
    for (const word of ["孙子", "老子", "萧何", "高适", "路遥", "李斯", "韩非", "左权", "琼瑶"])
      expect(FAMOUS_NAMES).not.toContain(word);
  });

  it("adds the name, vouches for the tagger's own guess and replaces a guess cut across it", () => {
    const plain = taggedWith("秦桧未尝不知", []);
    addFamousNames(plain, 0, isWord);
    expect(plain.mentions.map((m) => [m.name, m.source])).toEqual([["秦桧", "title"]]);

    const own = taggedWith("我想起歌德的话", ["歌德"]);
    addFamousNames(own, 0, isWord);
    expect(own.mentions.map((m) => [m.name, m.source])).toEqual([["歌德", "title"]]);

    const cut = taggedWith("关公保刘备过江", ["公保刘"]);
    addFamousNames(cut, 0, isWord);
    expect(cut.mentions.map((m) => m.name)).toEqual(["刘备"]);
  });

  it("keeps a longer name that holds the listed one, found or likely", () => {
    const found = taggedWith("教授王岳飞说", ["王岳飞"]);
    addFamousNames(found, 0, isWord);
    expect(found.mentions.map((m) => m.name)).toEqual(["王岳飞"]);

    const likely = taggedWith("教授王岳飞说", [], 0, (s) => (s === "王岳飞" ? LONGER_NAME_MIN_PROBABILITY : 0.01));
    addFamousNames(likely, 0, isWord);
    expect(likely.mentions).toEqual([]);
    // a function word is not a name's character: 魏征|向唐太宗
    const before = taggedWith("魏征向唐太宗提出", [], 0, (s) => (s === "魏征向" ? 0.5 : 0.01));
    addFamousNames(before, 0, isWord);
    expect(before.mentions.map((m) => m.name)).toEqual(["魏征", "唐太宗"]);
  });

  it("gives an article's people the figures the tagger rules out", () => {
    const people = extractPeople({
      title: "读书札记",
      subtitles: [],
      byline: null,
      paragraphs: ["写到这里，我想起苏格拉底的一句话。", "柳永未尝不知将被后世唾骂。", "我又读了一遍普希金的诗。"],
      caption: null,
    }).map((p) => p.name);
    // the shipped tagger finds none of them (0.01 and less)
    expect(people).toEqual(["苏格拉底", "柳永", "普希金"]);
  });
});

describe("famous names with the dictionary's persons", () => {
  const dictionary = { wellKnownPersons: new Set(["邹远山", "克拉维斯", "廉颇"]), longWords: new Set(["邹远山如故"]) };
  const withDictionary = (text: string) => {
    const chars = Array.from(text);
    return famousNameSpans(chars, isWord, dictionary).map((s) => chars.slice(s.start, s.end).join(""));
  };

  it("adds the dictionary's persons where they stand whole", () => {
    expect(withDictionary("当年邹远山驻军于此")).toEqual(["邹远山"]);
    expect(withDictionary("总理克拉维斯表示")).toEqual(["克拉维斯"]);
    expect(found("当年邹远山驻军于此")).toEqual([]);
  });

  it("leaves a name before a doctrine's word, inside a saying or after 老/小", () => {
    expect(withDictionary("学习邹远山思想")).toEqual([]);
    expect(withDictionary("邹远山理论的要义")).toEqual([]);
    expect(withDictionary("她已廉颇老矣")).toEqual([]);
    expect(withDictionary("一切邹远山如故")).toEqual([]);
    expect(withDictionary("美国克拉维斯郡的客人")).toEqual([]);
  });
});

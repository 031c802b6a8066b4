import { describe, expect, it } from "vitest";
import { extractPeople, type PeopleSource } from "../extract-people";
import { sameCharAfterName } from "./same-char-after-name";

const chars = (s: string) => Array.from(s);
const words = new Set(["认为", "表示", "口罩"]);
const isWord = (w: string) => words.has(w);
const article = (paragraphs: string[]): PeopleSource => ({
  title: "山村新貌",
  subtitles: [],
  byline: null,
  paragraphs,
  caption: null,
});
const names = (source: PeopleSource) => extractPeople(source).map((p) => p.name);

describe("a name cut before the character the article always writes after it", () => {
  it("is found by repetition with different text after it, or by a clause closing it", () => {
    const twice = [chars("村民柯满招感叹，过去很辛苦。"), chars("靠补贴，柯满招种上了果树。")];
    expect(sameCharAfterName(twice, "柯满", isWord)).toBe("招");
    expect(sameCharAfterName([chars("柯永才，头发蓬乱。")], "柯永", isWord)).toBe("才");
  });

  it("is not found once without a closer, with different characters after it, or before a word or a follower", () => {
    expect(sameCharAfterName([chars("村民柯满招感叹，过去很辛苦。")], "柯满", isWord)).toBeNull();
    expect(sameCharAfterName([chars("柯满招手，柯满笑了，")], "柯满", isWord)).toBeNull();
    expect(sameCharAfterName([chars("柯满认为，柯满认为很好。")], "柯满", isWord)).toBeNull();
    expect(sameCharAfterName([chars("柯满也，柯满也来了。")], "柯满", isWord)).toBeNull();
    expect(sameCharAfterName([chars("刘心武才，")], "刘心武", isWord)).toBeNull();
    expect(sameCharAfterName([chars("市民戴口罩，戴口罩出门。")], "戴口", isWord)).toBeNull();
    expect(sameCharAfterName([chars("书中引柯子曰：“学而时习之。”")], "柯子", isWord)).toBeNull();
  });

  it("is the whole name in the article", () => {
    expect(names(article(["山脚下有一排新房。", "刘洋招，个子不高，说话很慢。"]))).toEqual(["刘洋招"]);
    expect(names(article(["果农李明招感慨，从前上山很辛苦。有了补贴，李明招种下了桃树。"]))).toEqual(["李明招"]);
  });
});

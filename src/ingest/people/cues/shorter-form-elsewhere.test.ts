import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { MIN_ALONE_PROBABILITY, trimRunOnsWrittenShorter } from "./shorter-form-elsewhere";

const names = (texts: ReturnType<typeof taggedWith>[]) =>
  texts.map((t) => t.mentions.map((m) => `${m.name}@${m.start}`));
const noWord = () => false;

describe("a name read one character too long, written shorter elsewhere", () => {
  it("cuts the name back where the shorter form opens a clause elsewhere", () => {
    const texts = [
      taggedWith("当年镇上居民柯思塔五兄弟开了一家店，", ["柯思塔五"]),
      taggedWith("后来柯思塔五又开了分店。柯思塔发迹后，", ["柯思塔五"], 1),
    ];
    trimRunOnsWrittenShorter(texts, false, noWord);
    expect(names(texts)).toEqual([["柯思塔@6"], ["柯思塔@2"]]);
  });

  it("counts a use after 据 as standing alone", () => {
    const texts = [taggedWith("嫌疑人萧氏六兄弟被抓获。据萧氏兄弟交待，", ["萧氏六"])];
    trimRunOnsWrittenShorter(texts, false, noWord);
    expect(names(texts)).toEqual([["萧氏@3"]]);
  });

  it("keeps the name when the shorter use is inside a word or another name", () => {
    const inWord = [taggedWith("记者罗敏芝报道。大罗敏的事，", ["罗敏芝"])];
    trimRunOnsWrittenShorter(inWord, false, noWord);
    expect(names(inWord)).toEqual([["罗敏芝@2"]]);
    const brother = [taggedWith("来了两人，罗敏芝、罗敏荣兄弟。", ["罗敏芝", "罗敏荣"])];
    trimRunOnsWrittenShorter(brother, false, noWord);
    expect(names(brother)).toEqual([["罗敏芝@5", "罗敏荣@9"]]);
  });

  it("keeps the name when the shorter form is a name of the article already", () => {
    const texts = [taggedWith("甘露来了，甘露华说。甘露笑了。", ["甘露", "甘露华"])];
    trimRunOnsWrittenShorter(texts, false, noWord);
    expect(names(texts)).toEqual([["甘露@0", "甘露华@5"]]);
  });

  it("keeps the name when the tagger reads the shorter use as no name or as a longer one", () => {
    const unlikely = [
      taggedWith("方文岚说。方文的说法，", ["方文岚"], 0, (s) => (s === "方文" ? MIN_ALONE_PROBABILITY / 2 : 0)),
    ];
    trimRunOnsWrittenShorter(unlikely, false, noWord);
    expect(names(unlikely)).toEqual([["方文岚@0"]]);
    const longer = [taggedWith("方文岚说。方文亮也说，", ["方文岚"], 0, (s) => (s === "方文亮" ? 0.9 : 0.1))];
    trimRunOnsWrittenShorter(longer, false, noWord);
    expect(names(longer)).toEqual([["方文岚@0"]]);
  });

  it("keeps the name in an article about Japan and when the shorter form is a word", () => {
    const japan = () => [taggedWith("前首相森田茂为首的党。森田和细川，", ["森田茂"])];
    const texts = japan();
    trimRunOnsWrittenShorter(texts, true, noWord);
    expect(names(texts)).toEqual([["森田茂@3"]]);
    const word = japan();
    trimRunOnsWrittenShorter(word, false, (w) => w === "森田");
    expect(names(word)).toEqual([["森田茂@3"]]);
    const cut = japan();
    trimRunOnsWrittenShorter(cut, false, noWord);
    expect(names(cut)).toEqual([["森田@3"]]);
  });
});

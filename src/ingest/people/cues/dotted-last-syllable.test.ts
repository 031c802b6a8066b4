import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { lastSyllable } from "./dotted-last-syllable";

const noWords = () => false;
/** `text` holds the name cut short, then the rest of the sentence; the cut name is `cut`. */
const taken = (text: string, cut: string, isWord: (w: string) => boolean = noWords) =>
  lastSyllable(Array.from(text), 0, Array.from(cut).length, isWord);

describe("a dotted name cut one syllable short before a verb of saying", () => {
  it("takes the syllable back", () => {
    expect(taken("卡米洛·布兰登高度评价", "卡米洛·布兰")).toBe(1);
    expect(taken("帕丁·菲姆万普万说", "帕丁·菲姆万普")).toBe(1);
    expect(taken("约翰·史密特表示", "约翰·史密")).toBe(1);
    expect(taken("阿卜杜·萨拉买提出席了会议", "阿卜杜·萨拉买")).toBe(1);
  });

  it("leaves a name before a word, a non-syllable or no verb as it is", () => {
    expect(taken("约翰·史密斯特别强调", "约翰·史密斯")).toBe(0);
    expect(taken("约翰·史密斯也说", "约翰·史密斯")).toBe(0);
    expect(taken("约翰·史密斯宣称", "约翰·史密斯")).toBe(0);
    expect(taken("约翰·史密斯登上", "约翰·史密斯")).toBe(0);
    expect(taken("约翰·史密斯", "约翰·史密斯")).toBe(0);
  });

  it("does not take a character that makes a word with the verb", () => {
    expect(taken("约翰·史密斯登说", "约翰·史密斯", (w) => w === "登说")).toBe(0);
  });

  it("needs a dotted last part spelt in transliteration characters", () => {
    expect(taken("布兰登说", "布兰")).toBe(0);
    expect(taken("迈克尔·王小登说", "迈克尔·王小")).toBe(0);
  });

  it("mends the mention (tagger slips)", () => {
    const t = taggedWith("墨西哥企业家卡米洛·布兰登高度评价展会", ["卡米洛·布兰"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["卡米洛·布兰登"]);
  });
});

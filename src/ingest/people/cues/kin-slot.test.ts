import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { kinSlotAt, kinSlotLengths } from "./kin-slot";

const slot = (text: string, name: string) => kinSlotAt(Array.from(text), text.indexOf(name));

describe("a name after a kin word", () => {
  it("stands after a kin word, not after an adverb that follows one", () => {
    expect(slot("他和表弟柯传明一起开车进城", "柯传明")).toBe(true);
    expect(slot("工地上，柯振喜的二哥柯振礼负责记账", "柯振礼")).toBe(true);
    expect(slot("这样的好邻居，比亲儿子都好", "都好")).toBe(false);
    expect(slot("工地上，柯振喜的同事柯振礼负责记账", "柯振礼")).toBe(false);
  });

  it("holds no word of the dictionary", () => {
    const isWord = (w: string) => w === "文静";
    expect(kinSlotLengths(Array.from("妹妹文静些，"), 2, [2, 3], isWord)).toEqual([]);
    expect(kinSlotLengths(Array.from("妹妹柯静些，"), 2, [2, 3], isWord)).toEqual([2, 3]);
  });

  it("is added where the tagger does not rule it out", () => {
    const run = (text: string, name: string, probability: number) => {
      const tagged = taggedWith(text, [], 0, (s) => (s === name ? probability : 0));
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("工地上，柯振喜的二哥柯振礼负责记账。", "柯振礼", 0.3)).toEqual(["柯振礼"]);
    expect(run("工地上，柯振喜的二哥柯振礼负责记账。", "柯振礼", 0.01)).toEqual([]);
    expect(run("这样的好邻居，比亲儿子都好。", "都好", 0.3)).toEqual([]);
    // 文静 ("quiet") is a word of the dictionary: the daughter is quieter, not named
    expect(run("哥哥爱说爱笑，妹妹文静些。", "文静些", 0.3)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { addCueMentions, TITLE_SLOT_MIN_PROBABILITY } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { titleSlotLengths } from "./title-slot-name";

const WORDS = new Set(["分析", "职务", "亲自", "带队", "数字", "贸易"]);
const isWord = (w: string) => WORDS.has(w);
/** The lengths a slot name may have at the start of `text` (the title before it is the caller's). */
const lengths = (text: string) => titleSlotLengths(Array.from(text), 0, isWord);

describe("a name with no listed surname in a closed slot after a title", () => {
  it("ends where a word, a verb of saying or punctuation starts", () => {
    expect(lengths("福力慧分析称")).toEqual([3]);
    expect(lengths("福力慧说")).toEqual([3]);
    expect(lengths("福力慧")).toEqual([3]);
  });

  it("takes no word and no run that holds one", () => {
    expect(lengths("职务，")).toEqual([]);
    expect(lengths("亲自带队")).toEqual([]);
  });

  it("takes no two characters (a verb as often) and no verb of saying", () => {
    expect(lengths("叫来，")).toEqual([]);
    expect(lengths("笑着说")).toEqual([]);
    expect(lengths("福力称，")).toEqual([]);
  });

  it("leaves a slot open on the right alone", () => {
    expect(lengths("福力慧在会上")).toEqual([]);
  });

  it("leaves surname-led names to the title cue", () => {
    expect(lengths("王力慧分析称")).toEqual([]);
  });

  it("adds the name after a title when the tagger does not rule it out", () => {
    const text = "商业集团首席执行官福力慧分析称，数字贸易前景好。";
    const sure = taggedWith(text, [], 0, (span) => (span === "福力慧" ? 0.2 : 0.001));
    addCueMentions(sure, 0, EMPTY_LEXICONS);
    expect(sure.mentions.map((m) => m.name)).toEqual(["福力慧"]);
    const unlikely = taggedWith(text, [], 0, () => TITLE_SLOT_MIN_PROBABILITY / 2);
    addCueMentions(unlikely, 0, EMPTY_LEXICONS);
    expect(unlikely.mentions).toEqual([]);
  });
});

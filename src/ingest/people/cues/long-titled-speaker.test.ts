import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { LONG_TITLED_SPEAKER_MIN_PROBABILITY, longTitledSpeakerLengths } from "./long-titled-speaker";

const WORDS = new Set(["一再", "强调", "高兴"]);
const isWord = (w: string) => WORDS.has(w);
const lengths = (text: string) => longTitledSpeakerLengths(Array.from(text), 0, isWord);

describe("a long name with no listed surname between a title and a verb of saying", () => {
  it("ends right at the verb of saying", () => {
    expect(lengths("诺敏其木格说")).toEqual([5]);
    expect(lengths("诺敏其木说")).toEqual([4]);
    expect(lengths("诺敏其木格，")).toEqual([]);
  });

  it("takes no run that holds a word, and no surname-led name", () => {
    expect(lengths("一再强调说")).toEqual([]);
    expect(lengths("高兴地说")).toEqual([]);
    expect(lengths("柯妙远岭说")).toEqual([]);
  });

  it("is asked of the tagger only after a title", () => {
    const run = (text: string, probability: number) => {
      const tagged = taggedWith(text, [], 0, (s) => (s === "诺敏其木格" ? probability : 1e-6));
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("旗文化站站长诺敏其木格说，", 0.002)).toEqual(["诺敏其木格"]);
    expect(run("旗文化站站长诺敏其木格说，", LONG_TITLED_SPEAKER_MIN_PROBABILITY / 2)).toEqual([]);
    expect(run("草原上的诺敏其木格说，", 0.002)).toEqual([]);
  });
});

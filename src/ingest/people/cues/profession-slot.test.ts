import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { lengthsEndingOnWordEdge, professionEndsAt } from "./profession-slot";

const words = new Set(["讲解员", "凌晨", "动员"]);
const isWord = (w: string) => words.has(w);

describe("a name after a trade word", () => {
  it("has its slot after a three-character dictionary word ending in a trade suffix", () => {
    expect(professionEndsAt(Array.from("讲解员柯凌晨"), 3, isWord)).toBe(true);
    // a two-character verb (动员) is no trade word; nor a word that is not in the dictionary
    expect(professionEndsAt(Array.from("要动员柯凌晨"), 3, isWord)).toBe(false);
    expect(professionEndsAt(Array.from("讲故员柯凌晨"), 3, isWord)).toBe(false);
  });

  it("is not cut inside a word that runs over its end (柯凌|晨边)", () => {
    expect(lengthsEndingOnWordEdge(Array.from("讲解员柯凌晨边走边讲"), 3, [2, 3, 4], isWord)).toEqual([3, 4]);
  });

  it("is found where the tagger does not rule it out, at the length that ends on a word's edge", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("讲解员柯凌晨边走边讲。", [], 0, (s) =>
        s === "柯凌" ? 1.5 * probability : s === "柯凌晨" ? probability : 0.0001,
      );
      addCueMentions(tagged, 0, { ...EMPTY_LEXICONS, words });
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.02)).toEqual(["柯凌晨"]);
    expect(run(0.005)).toEqual([]);
  });

  it("takes a two-character name there only when the tagger finds it likelier", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("青年讲解员柯下心来。", [], 0, (s) => (s === "柯下" ? probability : 0.0001));
      addCueMentions(tagged, 0, { ...EMPTY_LEXICONS, words });
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.03)).toEqual([]);
    expect(run(0.2)).toEqual(["柯下"]);
  });
});

import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { DESCRIBED_SPEAKER_MIN_PROBABILITY } from "./described-speaker";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { describedHomeCandidates } from "./described-home";
import { candidateLengths } from "./name-shape";

const WORDS = new Set(["大家", "作家"]);
const isWord = (w: string) => WORDS.has(w);
const slots = (text: string) => describedHomeCandidates(Array.from(text), isWord);

describe("a name between a descriptor and 家", () => {
  it("is a slot when 家 closes the phrase", () => {
    expect(slots("记者来到村民柯妙远家，")).toEqual([{ start: 6, lengths: [3] }]);
    expect(slots("记者来到村民柯妙远家中")).toEqual([{ start: 6, lengths: [3] }]);
  });

  it("is no slot when 家 starts the next word or makes one with the name's end", () => {
    expect(slots("村民柯妙远家具厂")).toEqual([]);
    expect(slots("村民王大家，")).toEqual([]);
    expect(slots("老柯妙远家，")).toEqual([]);
  });

  it("finds the same slots with the caller's name lengths", () => {
    const chars = Array.from("记者来到村民柯妙远家，");
    const lengthsAt = chars.map((_, at) => candidateLengths(chars, at));
    expect(describedHomeCandidates(chars, isWord, lengthsAt)).toEqual(describedHomeCandidates(chars, isWord));
  });

  it("takes a name the tagger does not rule out, under the descriptor's own bar", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("记者来到村民柯妙远家，院里很热闹。", [], 0, (s) =>
        s === "柯妙远" ? probability : 0.0001,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.03)).toEqual(["柯妙远"]);
    expect(run(DESCRIBED_SPEAKER_MIN_PROBABILITY / 2)).toEqual([]);
  });
});

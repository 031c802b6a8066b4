import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { describedSpeakerCandidates } from "./described-speaker";
import { candidateLengths } from "./name-shape";

describe("a name between a descriptor and a verb of saying", () => {
  it("is a slot only with both sides", () => {
    expect(describedSpeakerCandidates(Array.from("年过八旬的村民柯妙远说"))).toEqual([{ start: 7, lengths: [3] }]);
    expect(describedSpeakerCandidates(Array.from("年过八旬的村民柯妙远来了"))).toEqual([]);
    expect(describedSpeakerCandidates(Array.from("年过八旬的老柯妙远说"))).toEqual([]);
  });

  it("finds the same slots with the caller's name lengths", () => {
    for (const text of ["年过八旬的村民柯妙远说", "村民王一说，老人柯妙远表示", "年过八旬的老柯妙远说"]) {
      const chars = Array.from(text);
      const lengthsAt = chars.map((_, at) => candidateLengths(chars, at));
      expect(describedSpeakerCandidates(chars, lengthsAt)).toEqual(describedSpeakerCandidates(chars));
    }
  });

  it("takes a name the tagger does not rule out, under the bar of either side alone", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("年过八旬的村民柯妙远说，日子好了。", [], 0, (s) =>
        s === "柯妙远" ? probability : 0.0001,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.02)).toEqual(["柯妙远"]);
    expect(run(0.005)).toEqual([]);
  });
});

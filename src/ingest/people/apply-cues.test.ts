import { describe, expect, it } from "vitest";
import { addCueMentions } from "./apply-cues";
import { EMPTY_LEXICONS } from "./tagger/lexicons";
import { taggedWith } from "./test-helpers.test-helper";

describe("cues over the tagger's names", () => {
  it("spreads a name to its 、 neighbours only where the tagger does not find them unlikely", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("山上种着柯树、银杏、油桐等树。", ["柯树"], 0, (s) =>
        s === "柯树" ? 0.9 : probability,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.01)).toEqual(["柯树"]);
    expect(run(0.5)).toEqual(["柯树", "银杏", "油桐"]);
  });
});

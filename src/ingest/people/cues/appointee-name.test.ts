import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { appointeeCandidates } from "./appointee-name";

describe("an appointee the tagger did not read", () => {
  it("is the name-shaped span between an appointing verb and 为", () => {
    expect(appointeeCandidates(Array.from("会议任命柯一远为副主任。"))).toEqual([{ start: 4, lengths: [3] }]);
    expect(appointeeCandidates(Array.from("会议任命柯一远担任副主任。"))).toEqual([]);
    expect(appointeeCandidates(Array.from("会议认为柯一远为人正直。"))).toEqual([]);
  });

  it("lists the slots verb by verb, each in the order of the text", () => {
    expect(appointeeCandidates(Array.from("选举柯一远为主席，任命王刚为秘书长，聘请李明为顾问，任命"))).toEqual([
      { start: 11, lengths: [2] },
      { start: 2, lengths: [3] },
      { start: 20, lengths: [2] },
    ]);
  });

  it("is taken unless the tagger rules it out", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("会议任命柯一远为副主任委员。", [], 0, (s) => (s === "柯一远" ? probability : 0));
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.0005)).toEqual(["柯一远"]);
    expect(run(0.00001)).toEqual([]);
  });
});

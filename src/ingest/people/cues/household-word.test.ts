import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { dropUnsupportedNames } from "../support";
import {
  HOUSEHOLD_SLOT_MIN_PROBABILITY,
  householdSlotLengths,
  householdSlotVouches,
  householdWordEndsAt,
} from "./household-word";

const endsAt = (text: string, at: number) => householdWordEndsAt(Array.from(text), at);

describe("a name after a household or a generation word", () => {
  it("has its slot after a listed household word or two digits and 后", () => {
    expect(endsAt("贫困户钟立山", 3)).toBe(true);
    expect(endsAt("种粮大户钟立山", 4)).toBe(true);
    expect(endsAt("返乡的90后钟立山", 6)).toBe(true);
    expect(endsAt("90后钟立山", 3)).toBe(true);
  });

  it("has none after a 户 word for a client or a window, a year, or a lone 后", () => {
    expect(endsAt("老用户钟立山", 3)).toBe(false);
    expect(endsAt("窗户钟立山", 2)).toBe(false);
    expect(endsAt("2019后钟立山", 5)).toBe(false);
    expect(endsAt("随后钟立山", 2)).toBe(false);
    expect(endsAt("0后钟立山", 2)).toBe(false);
  });

  it("adds the name the tagger half believes, not one it doubts", () => {
    const run = (text: string, probability: number) => {
      const tagged = taggedWith(text, [], 0, (s) => (s === "钟立山" ? probability : 0.0001));
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("村里的贫困户钟立山学会了养蜂。", 0.3)).toEqual(["钟立山"]);
    expect(run("在外打工的80后钟立山回到了家乡。", 0.3)).toEqual(["钟立山"]);
    expect(run("村里的贫困户钟立山学会了养蜂。", HOUSEHOLD_SLOT_MIN_PROBABILITY / 2)).toEqual([]);
    expect(run("村里的老用户钟立山学会了养蜂。", 0.3)).toEqual([]);
  });
});

describe("the household slot's short names", () => {
  it("reads a two-character name only before a mark or the end", () => {
    expect(householdSlotLengths(Array.from("贫困户钟立，回村了"), 3, [2])).toEqual([2]);
    expect(householdSlotLengths(Array.from("贫困户钟立"), 3, [2])).toEqual([2]);
    expect(householdSlotLengths(Array.from("贫困户钟立山开心地说"), 3, [2, 3])).toEqual([3]);
  });

  it("leaves a name the tagger cuts short before a Han character", () => {
    const tagged = taggedWith("贫困户钟立山开心地说。", [], 0, (s) => (s === "钟立" ? 0.3 : s === "钟立山" ? 0.01 : 0));
    addCueMentions(tagged, 0, EMPTY_LEXICONS);
    expect(tagged.mentions).toEqual([]);
  });
});

describe("the household slot's vouch", () => {
  const kept = (text: string, probability: number) => {
    const texts = [taggedWith(text, ["钟立山"], 0, () => probability)];
    dropUnsupportedNames(texts, texts, EMPTY_LEXICONS);
    return texts[0]!.mentions.map((m) => m.name);
  };

  it("keeps the tagger's own name after a household word, as sure as the slot asks", () => {
    expect(householdSlotVouches(Array.from("贫困户钟立山喜笑颜开"), 3, 6, () => false)).toBe(true);
    expect(kept("村里的贫困户钟立山喜笑颜开。", 0.4)).toEqual(["钟立山"]);
    expect(kept("村里的贫困户钟立山喜笑颜开。", HOUSEHOLD_SLOT_MIN_PROBABILITY / 2)).toEqual([]);
    expect(kept("村里的老用户钟立山喜笑颜开。", 0.4)).toEqual([]);
  });
});

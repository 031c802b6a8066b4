import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { dottedPairConjunction } from "./dotted-pair";

describe("two dotted names joined by 和", () => {
  it("finds the conjunction between two dotted names", () => {
    const chars = Array.from("卡尔·米勒和安娜·贝克");
    expect(dottedPairConjunction(chars, 0, chars.length)).toBe(5);
    const with与 = Array.from("卡尔·米勒与安娜·贝克");
    expect(dottedPairConjunction(with与, 0, with与.length)).toBe(5);
  });

  it("leaves a name with no dotted name on one side", () => {
    const chars = Array.from("张和平·贝克");
    expect(dottedPairConjunction(chars, 0, chars.length)).toBeNull();
    const plain = Array.from("米勒和安娜·贝克");
    expect(dottedPairConjunction(plain, 0, plain.length)).toBeNull();
  });

  it("splits the tagger's mention in two", () => {
    const t = taggedWith("奖项授予卡尔·米勒和安娜·贝克两位学者", ["卡尔·米勒和安娜·贝克"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["卡尔·米勒", "安娜·贝克"]);
  });
});

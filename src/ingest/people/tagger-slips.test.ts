import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "./tagger/lexicons";
import { fixTaggerSlips, isDottedFragment, startsWithWord } from "./tagger-slips";
import { taggedWith } from "./test-helpers.test-helper";

describe("tagger slips", () => {
  it("extends over a dangling 和, drops places and doubled adverbs, trims glued words (seed)", () => {
    const t = taggedWith("县长欧树和，丰田村代表队，国旗徐徐降下，馆长王刚在会上", ["欧树", "丰田", "徐徐", "王刚在"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["欧树和", "王刚"]);
  });

  it("sees half a place list read as a dotted name (seed: 茂南·金秀)", () => {
    expect(isDottedFragment(Array.from("茂南·金秀"), 1, 5)).toBe(true);
    expect(isDottedFragment(Array.from("，让·米奥"), 1, 5)).toBe(false);
  });

  it("refuses cue candidates that start with a common word (seed: 总书记关于高)", () => {
    const lexicons = { ...EMPTY_LEXICONS, words: new Set(["关于"]) };
    expect(startsWithWord(Array.from("总书记关于高质量"), 3, lexicons)).toBe(true);
    expect(startsWithWord(Array.from("总书记江泽民"), 3, lexicons)).toBe(false);
  });
});

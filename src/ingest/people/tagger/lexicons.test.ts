import { describe, expect, it } from "vitest";
import { toTaggerInput } from "./char-features";
import { longerMatches, matchLexicon, nameCharBin, nameCountBin } from "./lexicons";

describe("lexicon matches", () => {
  it("marks the longest entry starting and ending at each position", () => {
    const input = toTaggerInput("在北京市见");
    const m = matchLexicon(input.text, input.offsets, new Set(["北京", "北京市"]));
    expect(Array.from(m.startLen)).toEqual([0, 3, 0, 0, 0]);
    expect(Array.from(m.endLen)).toEqual([0, 0, 2, 3, 0]);
  });

  it("finds a long entry whose shorter beginnings are no entries, and stops where none begins", () => {
    const input = toTaggerInput("副市长欧阳明华说");
    const m = matchLexicon(input.text, input.offsets, new Set(["欧阳明华", "明华说", "华说"]));
    expect(Array.from(m.startLen)).toEqual([0, 0, 0, 4, 0, 3, 2, 0]);
    expect(Array.from(m.endLen)).toEqual([0, 0, 0, 0, 0, 0, 4, 3]);
  });

  it("reads two lists as one: the longer match at each position", () => {
    const input = toTaggerInput("欧阳明华说");
    const known = matchLexicon(input.text, input.offsets, new Set(["欧阳"]));
    const document = matchLexicon(input.text, input.offsets, new Set(["欧阳明华"]));
    const union = matchLexicon(input.text, input.offsets, new Set(["欧阳", "欧阳明华"]));
    expect(longerMatches(known, document)).toEqual(union);
  });

  it("bins how name-like a character is, and leaves rare characters unbinned", () => {
    expect(nameCharBin(1, 2)).toBe(0);
    expect(nameCharBin(0, 100)).toBe(1);
    expect(nameCharBin(95, 100)).toBe(9);
    expect(nameCharBin(20, 100)).toBeLessThan(nameCharBin(60, 100));
    expect([0, 1, 3, 10, 40, 500].map(nameCountBin)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

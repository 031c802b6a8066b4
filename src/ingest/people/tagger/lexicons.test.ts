import { describe, expect, it } from "vitest";
import { toTaggerInput } from "./char-features";
import { longerMatches, matchLexicon, MAX_LEXICON_ENTRY, nameCharBin, nameCountBin } from "./lexicons";
import { mulberry32 } from "../../seeded-random";

/** matchLexicon spelled out: every window of 2+ characters and at most MAX_LEXICON_ENTRY code units, looked up. */
function matchesByLookup(text: string, entries: ReadonlySet<string>): { startLen: number[]; endLen: number[] } {
  const chars = Array.from(text);
  const startLen = chars.map(() => 0);
  const endLen = chars.map(() => 0);
  for (let i = 0; i < chars.length; i++)
    for (let j = i + 2; j <= chars.length; j++) {
      const window = chars.slice(i, j).join("");
      if (window.length > MAX_LEXICON_ENTRY || !entries.has(window)) continue;
      const len = Math.min(j - i, 6);
      startLen[i] = Math.max(startLen[i]!, len);
      endLen[j - 1] = Math.max(endLen[j - 1]!, len);
    }
  return { startLen, endLen };
}

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

  it("marks what looking up every window marks, on made-up lists and sentences (surrogate pairs among them)", () => {
    const random = mulberry32(7);
    const alphabet = ["王", "明", "华", "北", "京", "市", "𠀋", "·", "a"];
    const word = (min: number, max: number) =>
      Array.from(
        { length: min + Math.floor(random() * (max - min + 1)) },
        () => alphabet[Math.floor(random() * alphabet.length)]!,
      ).join("");
    for (let round = 0; round < 200; round++) {
      const entries = new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => word(1, 9)));
      const input = toTaggerInput(word(0, 30));
      const m = matchLexicon(input.text, input.offsets, entries);
      expect({ startLen: Array.from(m.startLen), endLen: Array.from(m.endLen) }).toEqual(
        matchesByLookup(input.text, entries),
      );
    }
  });

  it("bins how name-like a character is, and leaves rare characters unbinned", () => {
    expect(nameCharBin(1, 2)).toBe(0);
    expect(nameCharBin(0, 100)).toBe(1);
    expect(nameCharBin(95, 100)).toBe(9);
    expect(nameCharBin(20, 100)).toBeLessThan(nameCharBin(60, 100));
    expect([0, 1, 3, 10, 40, 500].map(nameCountBin)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

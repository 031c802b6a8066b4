import { describe, expect, it } from "vitest";
import { dropUnsupportedNames } from "../support";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { knownNameVouches } from "./known-name-word";

const lexicon = { shortWords: new Set(["青梅", "远方", "沙龙"]), persons: new Set(["沙龙"]) };
const known = new Set(["青梅", "远方", "沙龙", "范林"]);

describe("a known name that is also a common word", () => {
  it("does not vouch for itself", () => {
    expect(knownNameVouches("青梅", known, lexicon)).toBe(false);
    expect(knownNameVouches("远方", known, lexicon)).toBe(false);
  });

  it("vouches where the dictionary reads no word, or lists a person too", () => {
    expect(knownNameVouches("范林", known, lexicon)).toBe(true);
    expect(knownNameVouches("沙龙", known, lexicon)).toBe(true);
  });

  it("is no known name otherwise", () => {
    expect(knownNameVouches("罗川", known, lexicon)).toBe(false);
  });
});

describe("the support check with known names that are words", () => {
  const kept = (text: string, name: string) => {
    const texts = [taggedWith(text, [name], 0, () => 0.95)];
    const isWordName = (n: string) => lexicon.shortWords.has(n) && !lexicon.persons.has(n);
    dropUnsupportedNames(
      texts,
      texts,
      { ...EMPTY_LEXICONS, names: known },
      isWordName,
      () => false,
      1,
      (n) => knownNameVouches(n, known, lexicon),
    );
    return texts[0]!.mentions.map((m) => m.name);
  };

  it("drops the word where nothing around it speaks of a person", () => {
    expect(kept("山间的青梅已经熟了。", "青梅")).toEqual([]);
  });

  it("keeps it with a cue, and keeps a known name that is no word", () => {
    expect(kept("，主任青梅说", "青梅")).toEqual(["青梅"]);
    expect(kept("山间的范林已经到了。", "范林")).toEqual(["范林"]);
  });
});

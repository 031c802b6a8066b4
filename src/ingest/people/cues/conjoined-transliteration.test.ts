import { describe, expect, it } from "vitest";
import { namesIn } from "../test-helpers.test-helper";
import { conjoinedTransliterations, isTransliterated } from "./conjoined-transliteration";

const chars = (text: string) => Array.from(text);

describe("a foreign name's partner across 和", () => {
  it("offers the transliteration run after the conjunction, closed by a list item's end", () => {
    const text = chars("加拿大队的汤普金斯和丹尼、新西兰队");
    expect(conjoinedTransliterations(text, { start: 5, end: 9 })).toEqual([{ start: 10, end: 12 }]);
  });

  it("offers the run before the conjunction when 的 or punctuation opens it", () => {
    expect(conjoinedTransliterations(chars("德国队的丹尼和汤普金斯分获"), { start: 7, end: 11 })).toEqual([
      { start: 4, end: 6 },
    ]);
    expect(conjoinedTransliterations(chars("其中，丹尼和汤普金斯分获"), { start: 6, end: 10 })).toEqual([
      { start: 3, end: 5 },
    ]);
  });

  it("offers nothing beside a Chinese name, or where the run goes on into the clause", () => {
    expect(conjoinedTransliterations(chars("队员王刚和丹尼、"), { start: 2, end: 4 })).toEqual([]);
    // 丹尼表示: the run is not closed by a list item's end
    expect(conjoinedTransliterations(chars("汤普金斯和丹尼表示"), { start: 0, end: 4 })).toEqual([]);
  });

  it("spells a name wholly in the table's syllables, a dot inside allowed", () => {
    expect(isTransliterated(chars("汤普金斯"), 0, 4)).toBe(true);
    expect(isTransliterated(chars("汤姆·汉克斯"), 0, 6)).toBe(true);
    expect(isTransliterated(chars("王刚"), 0, 2)).toBe(false);
    expect(isTransliterated(chars("丹"), 0, 1)).toBe(false);
  });

  it("finds the partner the tagger doubts, not one it rules out, and no place", () => {
    expect(namesIn("比赛中，加拿大队的汤普金斯和丹尼、新西兰队的莫里森获得前三名。")).toContain("丹尼");
    expect(namesIn("比赛中，加拿大队的汤普金斯和巴拉、新西兰队的莫里森获得前三名。")).not.toContain("巴拉");
    expect(namesIn("加拿大选手汤普金斯和巴黎、伦敦的观众见面。")).not.toContain("巴黎");
  });
});

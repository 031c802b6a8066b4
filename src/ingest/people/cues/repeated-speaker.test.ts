import { describe, expect, it } from "vitest";
import { MIN_SPEAKER_USES, repeatedSpeakers } from "./repeated-speaker";

const WORDS = new Set(["中国人"]);
const speakers = (...texts: string[]) => [
  ...repeatedSpeakers(
    texts.map((t) => Array.from(t)),
    (w) => WORDS.has(w),
  ),
];

describe("a three-character name quoted again and again", () => {
  it("takes a name whose given name ends in a function character or is a word, quoted three times", () => {
    const texts = ["农学院教授钱大为说，麦价稳定。", "钱大为表示，配额要管好。", "对此，钱大为认为，进口有度。"];
    expect(MIN_SPEAKER_USES).toBe(3);
    expect(speakers(...texts)).toEqual(["钱大为"]);
  });

  it("does not take a string quoted fewer times, a word, or one led by no surname", () => {
    expect(speakers("钱大为说，好。", "钱大为表示，行。")).toEqual([]);
    expect(speakers("中国人认为，好。", "中国人说，行。", "中国人表示，对。")).toEqual([]);
    expect(speakers("该公司说，好。", "该公司说，行。", "该公司表示，对。")).toEqual([]);
  });
});

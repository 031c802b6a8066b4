import { describe, expect, it } from "vitest";
import { FEATURES_PER_CHAR, sentenceFeatures, toTaggerInput, withDocumentNames } from "./char-features";
import { EMPTY_LEXICONS } from "./lexicons";

describe("sentence features", () => {
  it("gives every position the same number of features, the same way each time", () => {
    const input = toTaggerInput("区长张小明说：好。");
    const a = sentenceFeatures(input, EMPTY_LEXICONS);
    expect(a).toHaveLength(input.chars.length * FEATURES_PER_CHAR);
    expect(sentenceFeatures(toTaggerInput("区长张小明说：好。"), EMPTY_LEXICONS)).toEqual(a);
  });

  it("reads full-width and ASCII digits alike", () => {
    const wide = sentenceFeatures(toTaggerInput("１２月王五"), EMPTY_LEXICONS);
    const ascii = sentenceFeatures(toTaggerInput("12月王五"), EMPTY_LEXICONS);
    expect(wide).toEqual(ascii);
  });

  it("counts a supplementary-plane character as one position", () => {
    const input = toTaggerInput("杨泽𠀀说");
    expect(input.chars).toHaveLength(4);
    expect(input.offsets.at(-1)).toBe(5);
  });

  it("changes a position's features when a known name covers it", () => {
    const input = toTaggerInput("陈伟敏说");
    const plain = sentenceFeatures(input, EMPTY_LEXICONS);
    const known = sentenceFeatures(input, { ...EMPTY_LEXICONS, names: new Set(["陈伟敏"]) });
    expect(known).not.toEqual(plain);
  });

  it("recomputes for the article's own names exactly the features a full pass gives", () => {
    const base = { ...EMPTY_LEXICONS, names: new Set(["陈伟"]) };
    const input = toTaggerInput("陈伟敏说，陈伟敏和李响都来了。");
    const first = sentenceFeatures(input, base);
    const own = { ...base, documentNames: new Set(["陈伟敏", "李响"]) };
    const again = withDocumentNames(input, first, own);
    expect(again).toEqual(sentenceFeatures(input, own));
    expect(again).not.toEqual(first);
    expect(first).toEqual(sentenceFeatures(input, base)); // the first pass's features are left as they were
  });

  it("says when the article's own names change no feature of a sentence", () => {
    const input = toTaggerInput("会议在北京举行。");
    const own = { ...EMPTY_LEXICONS, documentNames: new Set(["陈伟敏"]) };
    expect(withDocumentNames(input, sentenceFeatures(input, EMPTY_LEXICONS), own)).toBeNull();
    expect(sentenceFeatures(input, own)).toEqual(sentenceFeatures(input, EMPTY_LEXICONS));
  });
});

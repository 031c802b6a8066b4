import { describe, expect, it } from "vitest";
import {
  CLUSTER_FEATURES,
  featureHash,
  FEATURES_PER_CHAR,
  fillCharValues,
  plainFeatureHash,
  sentenceFeatures,
  toTaggerInput,
  withDocumentNames,
} from "./char-features";
import { charType, PAD_END, PAD_START, plainCharType } from "./char-classes";
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

  const WITH_CLUSTERS = FEATURES_PER_CHAR + CLUSTER_FEATURES;

  it("reads a character's cluster: characters of one cluster share more features than of two", () => {
    const lexicons = (fang: number) => ({
      ...EMPTY_LEXICONS,
      charClusters: new Map([
        ["敏", 5],
        ["芳", fang],
      ]),
    });
    const at = (text: string, fang: number) =>
      Array.from(sentenceFeatures(toTaggerInput(text), lexicons(fang)).slice(2 * WITH_CLUSTERS, 3 * WITH_CLUSTERS));
    const shared = (a: number[], b: number[]) => a.filter((id) => b.includes(id)).length;
    // position 2 (敏 or 芳): the clusters at 0, ±1 and ±2 and the two pairs; only the features reading 敏/芳 differ
    expect(shared(at("陈伟敏说", 5), at("陈伟芳说", 5))).toBe(shared(at("陈伟敏说", 6), at("陈伟芳说", 6)) + 3);
    // a model without clusters has the other features only, the same ones
    const plain = sentenceFeatures(toTaggerInput("陈伟敏说"), EMPTY_LEXICONS);
    expect(plain).toHaveLength(4 * FEATURES_PER_CHAR);
    expect(at("陈伟敏说", 5).slice(0, FEATURES_PER_CHAR)).toEqual(
      Array.from(plain.slice(2 * FEATURES_PER_CHAR, 3 * FEATURES_PER_CHAR)),
    );
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

  it("recomputes the article's own names exactly under a model with clusters too", () => {
    const base = {
      ...EMPTY_LEXICONS,
      charClusters: new Map([
        ["敏", 2],
        ["响", 3],
      ]),
    };
    const input = toTaggerInput("陈伟敏说，陈伟敏和李响都来了。");
    const own = { ...base, documentNames: new Set(["陈伟敏"]) };
    const again = withDocumentNames(input, sentenceFeatures(input, base), own);
    expect(again).toHaveLength(input.chars.length * WITH_CLUSTERS);
    expect(again).toEqual(sentenceFeatures(input, own));
  });

  it("says when the article's own names change no feature of a sentence", () => {
    const input = toTaggerInput("会议在北京举行。");
    const own = { ...EMPTY_LEXICONS, documentNames: new Set(["陈伟敏"]) };
    expect(withDocumentNames(input, sentenceFeatures(input, EMPTY_LEXICONS), own)).toBeNull();
    expect(sentenceFeatures(input, own)).toEqual(sentenceFeatures(input, EMPTY_LEXICONS));
  });
});

describe("the feature hashes' shortcuts", () => {
  it("hash with the templates' seeds as the full computation does", () => {
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
    for (let t = 0; t < 80; t++) {
      for (let r = 0; r < 50; r++) {
        const [a, b, c] = [next(), next() & 0x1fffff, next() & 15];
        expect(featureHash(t, a)).toBe(plainFeatureHash(t, a));
        expect(featureHash(t, a, b)).toBe(plainFeatureHash(t, a, b));
        expect(featureHash(t, a, b, c)).toBe(plainFeatureHash(t, a, b, c));
      }
    }
  });

  it("remember every BMP character's type as computed, asked twice", () => {
    for (let round = 0; round < 2; round++) {
      for (let cp = 0; cp <= 0xffff; cp++)
        if (charType(cp) !== plainCharType(cp)) expect(charType(cp)).toBe(plainCharType(cp));
    }
    for (const cp of [0x10000, 0x20000, 0x2a6d6, PAD_START, PAD_END]) expect(charType(cp)).toBe(plainCharType(cp));
  });
});

describe("per-character values and reused arrays", () => {
  it("read a character map as its plain lookups do, padding with 0, whatever the array held", () => {
    const map = new Map([
      ["张", 0x2155],
      ["𠀀", 7],
      ["ab", 9],
      ["", 3],
      ["明", 0],
    ]);
    const chars = Array.from("张𠀀明a张ab新");
    const out = new Int32Array(chars.length + 10).fill(-5);
    fillCharValues(out, map, chars);
    const plain = [0, 0, 0, ...chars.map((ch) => map.get(ch) ?? 0), 0, 0, 0];
    expect(Array.from(out.subarray(0, plain.length))).toEqual(plain);
  });

  it("gives a short text the same features after a longer one as before it", () => {
    const lexicons = {
      ...EMPTY_LEXICONS,
      charBins: new Map([
        ["张", 0x2155],
        ["明", 0x1034],
      ]),
      charClusters: new Map([
        ["敏", 5],
        ["张", 2],
      ]),
    };
    const short = () => sentenceFeatures(toTaggerInput("张明说"), lexicons);
    const before = short();
    sentenceFeatures(toTaggerInput("区长张小明说：好。".repeat(60)), lexicons);
    expect(short()).toEqual(before);
  });
});

import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import { DOTTED_NAME_MIN_PROBABILITY, isWholeDottedName } from "./dotted-name";

const kept = (text: string, names: string[], probability: number) => {
  const texts = [taggedWith(text, names, 0, () => probability)];
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS);
  return texts[0]!.mentions.map((m) => m.name);
};
const whole = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return isWholeDottedName(chars, start, start + Array.from(name).length);
};

describe("a whole dotted name", () => {
  it("has two parts or more of two characters or more, table characters or not", () => {
    expect(whole("影星哈德逊·福克斯不得不", "哈德逊·福克斯")).toBe(true);
    expect(whole("由阿卜杜·木拉提讲解", "阿卜杜·木拉提")).toBe(true);
  });

  it("is no one-character part (a dynasty before a poet), no undotted name, no cut run", () => {
    expect(whole("（清·龚石泉）", "清·龚石泉")).toBe(false);
    expect(whole("由木拉提讲解", "木拉提")).toBe(false);
    // a transliteration character right after it: cut from 哈德逊·福克斯特
    expect(whole("是哈德逊·福克斯特的", "哈德逊·福克斯")).toBe(false);
  });

  it("vouches for itself when the tagger is fairly sure of it (support check)", () => {
    const text = "片中的主角哈德逊·福克斯不得不亲自出手。";
    expect(kept(text, ["哈德逊·福克斯"], DOTTED_NAME_MIN_PROBABILITY + 0.1)).toEqual(["哈德逊·福克斯"]);
    expect(kept(text, ["哈德逊·福克斯"], DOTTED_NAME_MIN_PROBABILITY - 0.1)).toEqual([]);
  });
});

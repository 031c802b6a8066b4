import { describe, expect, it } from "vitest";
import { startsProperNoun } from "./proper-noun-name";

const NOUNS = new Set(["孙子兵法", "欧安组织", "费加罗报"]);

const starts = (text: string, part: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(part))).length;
  return startsProperNoun(chars, start, start + Array.from(part).length, NOUNS);
};

describe("a name that starts a proper noun printed whole", () => {
  it("is the start of the work's or the organisation's name", () => {
    expect(starts("他爱读《孙子兵法》", "孙子")).toBe(true);
    expect(starts("主张欧安组织起主要作用", "欧安")).toBe(true);
    expect(starts("访问了《费加罗报》", "费加罗")).toBe(true);
  });

  it("is a name where the proper noun is not printed whole after it", () => {
    expect(starts("孙子说，兵者，国之大事", "孙子")).toBe(false);
    expect(starts("欧安说他明天来", "欧安")).toBe(false);
    // only from the name's start: a proper noun ending in the name is another cue's
    expect(starts("他爱读《孙子兵法》", "兵法")).toBe(false);
  });
});

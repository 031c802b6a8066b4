import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { gluedTitleChar } from "./dotted-title-char";

const glued = (before: string, name: string) => {
  const chars = Array.from(before + name);
  const start = Array.from(before).length;
  return gluedTitleChar(chars, start, chars.length);
};

describe("a title's last character glued to a dotted name", () => {
  it("is cut off when it ends a title head and the rest of the first part is transliterated", () => {
    expect(glued("港口安全调查", "官萨利娜·维克多")).toBe(1);
    expect(glued("驻站观察", "员卡洛斯·费尔南多")).toBe(1);
  });

  it("stays where the character is a name's own syllable, or nothing is glued before it", () => {
    expect(glued("港口安全调查官", "萨利娜·维克多")).toBe(0);
    expect(glued("，", "官萨利娜·维克多")).toBe(0);
    expect(glued("港口安全调查", "官萨利娜")).toBe(0);
    // 理 ends 总理 and 经理 but makes no post of the word before it: a name's first syllable
    expect(glued("一位名叫", "理萨利娜·维克多")).toBe(0);
  });

  it("stays where the rest of the first part is too short or not transliterated", () => {
    expect(glued("港口安全调查", "官萨·维克多")).toBe(0);
    expect(glued("港口安全调查", "官明亮·维克多")).toBe(0);
  });

  it("moves the tagger's start past the character (tagger slips)", () => {
    const t = taggedWith("港口安全调查官萨利娜·维克多表示", ["官萨利娜·维克多"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["萨利娜·维克多"]);
  });

  it("keeps the tagger's start where the rest is ruled out", () => {
    const t = taggedWith("港口安全调查官萨利娜·维克多表示", ["官萨利娜·维克多"], 0, (s) =>
      s === "萨利娜·维克多" ? 0 : 1,
    );
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["官萨利娜·维克多"]);
  });
});

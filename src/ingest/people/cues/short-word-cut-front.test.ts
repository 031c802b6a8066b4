import { describe, expect, it } from "vitest";
import { cutsShortWordAtFront } from "./short-word-cut-front";

/** Own stand-ins for the dictionary's common words. */
const WORDS = new Set(["启程", "无常", "长江", "市长", "仰慕", "文雅", "长高"]);
const isWord = (w: string) => WORDS.has(w);
const NAMES = new Set(["海涛"]);
const isName = (w: string) => NAMES.has(w);

const cuts = (text: string, name: string) => {
  const start = text.indexOf(name);
  return cutsShortWordAtFront(Array.from(text), start, start + name.length, isWord, isName);
};

describe("a name cut across a short word at its front", () => {
  it("starts inside a word that the characters before it open", () => {
    expect(cuts("政务司长启程赴京", "程赴京")).toBe(true);
    expect(cuts("商场里并无常胜将军", "常胜")).toBe(true);
    expect(cuts("受仰慕之心驱使", "慕之心")).toBe(true);
  });

  it("stays when the characters before it end a word of their own (a title)", () => {
    expect(cuts("副市长江海峰说", "江海峰")).toBe(false);
  });

  it("stays when a title ends before it, as the caller's endsTitleAt says", () => {
    const text = "省检察院检察长高继东说";
    const start = text.indexOf("高继东");
    const chars = Array.from(text);
    expect(cutsShortWordAtFront(chars, start, start + 3, isWord, isName)).toBe(true);
    expect(cutsShortWordAtFront(chars, start, start + 3, isWord, isName, (at) => at === start)).toBe(false);
  });

  it("stays when no word runs across its front, or when what is left is a name", () => {
    expect(cuts("大会由程赴京主持", "程赴京")).toBe(false);
    expect(cuts("上游长江海涛说", "江海涛")).toBe(false);
  });
});

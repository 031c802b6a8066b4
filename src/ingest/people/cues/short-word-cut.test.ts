import { describe, expect, it } from "vitest";
import { cutsShortWordAtEnd } from "./short-word-cut";

/** Own stand-ins for CC-CEDICT's common words. */
const WORDS = new Set(["坚决", "打赢", "清退", "退役", "强调", "调研"]);
const isWord = (w: string) => WORDS.has(w);
const NAMES = new Set(["王大林"]);
const isName = (w: string) => NAMES.has(w);

const cuts = (text: string, name: string) => {
  const start = text.indexOf(name);
  return cutsShortWordAtEnd(Array.from(text), start, start + name.length, isWord, isName);
};

describe("a name cut across a short word at its end", () => {
  it("ends inside a word, and its own reading leaves the next characters without a word", () => {
    expect(cuts("村里干部谈坚决打赢硬仗", "谈坚")).toBe(true);
  });

  it("stays when the characters after it start a word of their own", () => {
    expect(cuts("她与丈夫庞清退役后创业", "庞清")).toBe(false);
    expect(cuts("张强调研了三个村", "张强")).toBe(false);
  });

  it("stays when no word runs across its end, or when what is left is a name", () => {
    expect(cuts("谈坚说，今年要干好", "谈坚")).toBe(false);
    expect(cuts("王大林坚决反对", "王大林坚")).toBe(false);
  });
});

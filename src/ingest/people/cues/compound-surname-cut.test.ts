import { describe, expect, it } from "vitest";
import type { TaggedText } from "../mentions";
import { extendCompoundSurnameCuts, givenNameLength } from "./compound-surname-cut";

const WORDS = new Set(["江河", "大海"]);
const isWord = (w: string) => WORDS.has(w);

/** A tagged text of `text` with one mention of `name` (scorer unused by the cue). */
function taggedWith(text: string, name: string, source = "tagger"): TaggedText {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  const mention = { text: 0, start, end: start + Array.from(name).length, name, source };
  return { chars, mentions: [mention] } as unknown as TaggedText;
}

describe("extendCompoundSurnameCuts", () => {
  it("stretches a bare compound surname over a given name that is a word", () => {
    const t = taggedWith("诗人欧阳大海第一个入住。", "欧阳");
    extendCompoundSurnameCuts([t], isWord);
    expect(t.mentions.map((m) => m.name)).toEqual(["欧阳大海"]);
  });

  it("takes two characters before punctuation, one before more text", () => {
    expect(givenNameLength(Array.from("欧阳明华，"), 2, isWord)).toBe(2);
    expect(givenNameLength(Array.from("司马光说好"), 2, isWord)).toBe(1);
    expect(givenNameLength(Array.from("欧阳。"), 2, isWord)).toBe(0);
  });

  it("leaves a full name, a credit and another mention's span alone", () => {
    const full = taggedWith("诗人欧阳大海第一个入住。", "欧阳大海");
    extendCompoundSurnameCuts([full], isWord);
    expect(full.mentions.map((m) => m.name)).toEqual(["欧阳大海"]);
    const credit = taggedWith("欧阳大海摄", "欧阳", "credit");
    extendCompoundSurnameCuts([credit], isWord);
    expect(credit.mentions.map((m) => m.name)).toEqual(["欧阳"]);
  });
});

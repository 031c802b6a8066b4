import { describe, expect, it } from "vitest";
import type { Mention, TaggedText } from "../mentions";
import { extendDottedShortForms } from "./dotted-short-form";

/** A text with the tagger's mentions of `names` (each at its first place in the text). */
const text = (s: string, names: readonly string[]): TaggedText => {
  const chars = Array.from(s);
  const mentions: Mention[] = names.map((name) => {
    const start = Array.from(s.slice(0, s.indexOf(name))).length;
    return { text: 0, start, end: start + Array.from(name).length, name, source: "tagger" };
  });
  return { chars, scorer: { spanProbability: () => 0 }, mentions };
};
const names = (texts: readonly TaggedText[]) => texts.map((t) => t.mentions.map((m) => m.name));

describe("a dotted name's short form cut before its last syllable", () => {
  it("takes the characters that complete a last part the article writes whole", () => {
    const texts = [
      text("前总统伊万诺·柯巴地的遗孀来访", ["伊万诺·柯巴地"]),
      text("伊·柯巴地遇难后，作为伊·柯巴", ["伊·柯巴"]),
    ];
    extendDottedShortForms(texts);
    expect(names(texts)).toEqual([["伊万诺·柯巴地"], ["伊·柯巴地"]]);
  });

  it("completes a last part missing two characters", () => {
    const texts = [text("总理玛莉·塔诺山堡会见", ["玛莉·塔诺山堡"]), text("玛·塔诺山堡和", ["玛·塔诺"])];
    extendDottedShortForms(texts);
    expect(names(texts)).toEqual([["玛莉·塔诺山堡"], ["玛·塔诺山堡"]]);
  });

  it("leaves a mention alone when no dotted mention writes the longer last part", () => {
    const texts = [text("柯巴地区的伊·柯巴地", ["伊·柯巴"]), text("伊万诺·柯巴说", ["伊万诺·柯巴"])];
    extendDottedShortForms(texts);
    expect(names(texts)).toEqual([["伊·柯巴"], ["伊万诺·柯巴"]]);
  });

  it("does not run over another mention", () => {
    const texts = [text("伊万诺·柯巴地说", ["伊万诺·柯巴地"]), text("伊·柯巴地远来了", ["伊·柯巴", "地远"])];
    extendDottedShortForms(texts);
    expect(names(texts)).toEqual([["伊万诺·柯巴地"], ["伊·柯巴", "地远"]]);
  });
});

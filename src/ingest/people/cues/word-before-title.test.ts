import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";

/** Invented sentences: the words stand where the tagger read a name before a title. */
const kept = (text: string, names: string[], words: string[], properNouns: string[]) => {
  const texts = [taggedWith(text, names, 0, () => 0.6)];
  const isWord = (w: string) => words.includes(w) || properNouns.includes(w);
  dropUnsupportedNames(
    texts,
    texts,
    EMPTY_LEXICONS,
    isWord,
    () => false,
    1,
    () => false,
    (w) => properNouns.includes(w),
  );
  return texts[0]!.mentions.map((m) => m.name);
};

describe("a dictionary word before a title is the title's unit (cues/word-before-title.ts)", () => {
  it("a title after a place's or an organisation's name does not vouch for it", () => {
    expect(kept("他读到了“中华苏维埃副主席”几个字。", ["苏维埃"], [], ["苏维埃"])).toEqual([]);
    expect(kept("各方呼吁欧佩克成员守约。", ["欧佩克"], [], ["欧佩克"])).toEqual([]);
  });

  it("a common word whose title runs into another name is the unit; a word that is a name keeps its title", () => {
    expect(kept("据说公社书记柯大年来了。", ["公社", "柯大年"], ["公社"], [])).not.toContain("公社");
    // no name after the title: the title vouches as before (a word may be someone's name)
    expect(kept("他揭发了公社书记的问题。", ["公社"], ["公社"], [])).toEqual(["公社"]);
    expect(kept("会上汪洋主席讲了话。", ["汪洋"], ["汪洋"], [])).toEqual(["汪洋"]);
  });

  it("a name that is no dictionary word keeps its title after it", () => {
    expect(kept("会上柯大年主席讲了话。", ["柯大年"], [], [])).toEqual(["柯大年"]);
    expect(kept("据说柯大年书记周小林来了。", ["柯大年", "周小林"], [], [])).toContain("柯大年");
  });
});

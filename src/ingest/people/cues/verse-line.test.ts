import { describe, expect, it } from "vitest";
import { MIN_VERSE_CLAUSES, verseClauseNames } from "./verse-line";

const chars = (text: string) => Array.from(text);
const span = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe("names read in a line of verse", () => {
  it("takes a clause of a verse line that was read as a name", () => {
    const text = "风未停，路还长，林中行";
    expect(verseClauseNames(chars(text), [span(text, "林中行")])).toEqual([span(text, "林中行")]);
  });

  it("keeps names in a list set with commas and in a line of fewer clauses", () => {
    const list = "王小川，李大海，张明明";
    const names = ["王小川", "李大海", "张明明"].map((n) => span(list, n));
    expect(verseClauseNames(chars(list), names)).toEqual([]);
    const two = ["风未停", "林中行"].slice(0, MIN_VERSE_CLAUSES - 1).join("，");
    expect(verseClauseNames(chars(two), [span(two, "林中行")])).toEqual([]);
  });

  it("keeps a name in clauses of different lengths", () => {
    const text = "会上，王小川说，大家要努力";
    expect(verseClauseNames(chars(text), [span(text, "王小川")])).toEqual([]);
  });
});

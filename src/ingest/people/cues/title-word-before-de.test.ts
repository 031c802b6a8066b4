import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { dropWordsBetweenTitleAndDe } from "./title-word-before-de";

const words = new Set(["关心", "高原"]);
// the caller's words are the dictionary's common words, which leave out persons (沙龙, Sharon, is one)
const kept = (text: string, name: string, known: string[] = []) => {
  const t = taggedWith(text, [name]);
  dropWordsBetweenTitleAndDe([t], new Set(known), (w) => words.has(w), new Set());
  return t.mentions.map((m) => m.name);
};

describe("a common word between a title and 的", () => {
  it("is no name", () => {
    expect(kept("村里人盼着总书记关心的水渠早点修好", "关心")).toEqual([]);
  });

  it("stays where it is no word, where no title or no 的 is beside it, or where the model knows it", () => {
    expect(kept("想听听书记王强的讲话", "王强")).toEqual(["王强"]);
    expect(kept("村里人盼着大家关心的水渠早点修好", "关心")).toEqual(["关心"]);
    expect(kept("总书记关心群众", "关心")).toEqual(["关心"]);
    expect(kept("村里人盼着总书记关心的水渠早点修好", "关心", ["关心"])).toEqual(["关心"]);
  });
});

import { describe, expect, it } from "vitest";
import { isVerbObjectListItem } from "./verb-object-list";

const WORDS = new Set(["丰收", "升平", "建设", "发展", "个性"]);
const isWord = (w: string) => WORDS.has(w);
const at = (text: string, item: string, mentions: string[] = [item]) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(item))).length;
  const spans = mentions.map((m) => {
    const s = Array.from(text.slice(0, text.indexOf(m))).length;
    return [s, s + Array.from(m).length] as const;
  });
  return isVerbObjectListItem(chars, start, start + Array.from(item).length, isWord, (s, e) =>
    spans.some(([a, b]) => a === s && b === e),
  );
};

describe("a verb-object phrase in a 、 list", () => {
  it("is a character and a common word beside another such phrase", () => {
    expect(at("也有盼丰收、庆升平的内涵", "庆升平")).toBe(true);
    expect(at("庆升平、盼丰收的日子", "庆升平")).toBe(true);
  });

  it("is not a name in a list of names, nor a name with no such phrase beside it", () => {
    expect(at("表彰了王建设、李发展", "李发展", ["王建设", "李发展"])).toBe(false);
    expect(at("表彰了王建设、李发展", "李发展", ["李发展"])).toBe(false);
    expect(at("也有盼丰收、庆升平的内涵", "庆升平", ["盼丰收", "庆升平"])).toBe(false);
    expect(at("他说庆升平的内涵", "庆升平")).toBe(false);
    expect(at("盼丰收、庆升华的内涵", "庆升华")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { dropNamesCutInTitles, insideTitleMarks } from "./title-mark-cut";

const words = new Set(["家道", "父亲"]);
const isWord = (w: string) => words.has(w);
const kept = (text: string, name: string, known: string[] = []) => {
  const t = taggedWith(text, [name]);
  dropNamesCutInTitles([t], new Set(known), isWord);
  return t.mentions.map((m) => m.name);
};

describe("a name cut out of a work's title at a word", () => {
  it("is inside title marks only between an open and its close", () => {
    const chars = Array.from("剧集《家道安安》开播，安安说");
    expect(insideTitleMarks(chars, 4, 7)).toBe(true);
    expect(insideTitleMarks(chars, 11, 13)).toBe(false);
  });

  it("is dropped where its first character makes a word with the one before it", () => {
    expect(kept("电视剧《家道安安》讲述邻里故事。", "道安安")).toEqual([]);
  });

  it("stays where it makes no word there, where the text prints it outside a title, or where the model knows it", () => {
    expect(kept("新书《我的父亲邓小平》出版。", "邓小平")).toEqual(["邓小平"]);
    expect(kept("电视剧《家道安安》播出后，道安安说很开心。", "道安安")).toEqual(["道安安"]);
    expect(kept("电视剧《家道安安》讲述邻里故事。", "道安安", ["道安安"])).toEqual(["道安安"]);
  });
});

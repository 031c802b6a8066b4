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
    const chars = Array.from("剧集《家道颖颖》开播，颖颖说");
    expect(insideTitleMarks(chars, 4, 7)).toBe(true);
    expect(insideTitleMarks(chars, 11, 13)).toBe(false);
  });

  it("is dropped where its first character makes a word with the one before it", () => {
    expect(kept("电视剧《家道颖颖》讲述家风故事。", "道颖颖")).toEqual([]);
  });

  it("stays where it makes no word there, where the text prints it outside a title, or where the model knows it", () => {
    expect(kept("新书《我的父亲邓小平》出版。", "邓小平")).toEqual(["邓小平"]);
    expect(kept("电视剧《家道颖颖》播出后，道颖颖说很高兴。", "道颖颖")).toEqual(["道颖颖"]);
    expect(kept("电视剧《家道颖颖》讲述家风故事。", "道颖颖", ["道颖颖"])).toEqual(["道颖颖"]);
  });
});

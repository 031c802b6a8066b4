import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { tieAddressForms } from "./address-form-alias";

const run = (paragraphs: [string, string[]][], words: string[] = []) => {
  const texts = paragraphs.map(([text, names], i) => taggedWith(text, names, i));
  const aliases = tieAddressForms(texts, (w) => words.includes(w));
  return { aliases: Object.fromEntries(aliases), names: texts.flatMap((t) => t.mentions.map((m) => m.name)) };
};

describe("tieAddressForms", () => {
  it("reads 老X, 小X and X老 as the one full name of the article with surname X", () => {
    const { aliases, names } = run([
      ["种植户谭永顺说起往事。", ["谭永顺"]],
      ["他的妻子补充：老谭前几年干得太累。", []],
    ]);
    expect(aliases).toEqual({ 老谭: "谭永顺" });
    expect(names).toEqual(["谭永顺", "老谭"]);
    expect(run([["画家柯一鸣来了，小柯笑着说。", ["柯一鸣"]]]).aliases).toEqual({ 小柯: "柯一鸣" });
    expect(run([["柯一鸣到了。大家请柯老讲话。", ["柯一鸣"]]]).aliases).toEqual({ 柯老: "柯一鸣" });
  });

  it("needs a full name with that surname, and only one", () => {
    expect(run([["他的妻子补充：老谭前几年干得太累。", []]]).names).toEqual([]);
    const two = run([["谭永顺和谭永利兄弟，老谭说。", ["谭永顺", "谭永利"]]]);
    expect(two.aliases).toEqual({});
    expect(two.names).toEqual(["谭永顺", "谭永利"]);
  });

  it("leaves forms that are words or run into one, and 老 of an honorific after the surname", () => {
    expect(run([["柯一鸣说，小柯也来了。", ["柯一鸣"]]], ["小柯"]).aliases).toEqual({});
    expect(run([["黄大年说，他是一头老黄牛。", ["黄大年"]]], ["黄牛"]).aliases).toEqual({});
    expect(run([["柯一鸣说，这座房子古柯老旧。", ["柯一鸣"]]], ["古柯"]).aliases).toEqual({});
    expect(run([["柯一鸣到了。柯老先生讲话。", ["柯一鸣"]]]).aliases).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import type { TaggedText } from "../mentions";
import { dropGluedForeignPairs } from "./glued-foreign-pair";

/** Mentions at every occurrence of each name. */
function taggedEverywhere(text: string, names: readonly string[]): TaggedText {
  const t = taggedWith(text, []);
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const start = Array.from(text.slice(0, at)).length;
      t.mentions.push({ text: 0, start, end: start + Array.from(name).length, name, source: "tagger" });
    }
  t.mentions.sort((a, b) => a.start - b.start);
  return t;
}
const kept = (text: string, names: readonly string[]) => {
  const t = taggedEverywhere(text, names);
  dropGluedForeignPairs([t]);
  return [...new Set(t.mentions.map((m) => m.name))];
};

describe("two names glued at every use, the first a foreign one", () => {
  it("are one firm's name, not two people", () => {
    expect(kept("勃林格殷格翰一款老药降价，勃林格殷格翰表示将扩大供应。", ["勃林格", "殷格翰"])).toEqual([]);
  });

  it("stay when glued once, when the first stands alone elsewhere, or when the first is a Chinese name", () => {
    expect(kept("勃林格殷格翰一款老药降价。", ["勃林格", "殷格翰"])).toEqual(["勃林格", "殷格翰"]);
    expect(kept("勃林格殷格翰会谈，勃林格殷格翰握手，勃林格说。", ["勃林格", "殷格翰"])).toEqual(["勃林格", "殷格翰"]);
    expect(kept("丁俊晖赵心童晋级，丁俊晖赵心童都赢了。", ["丁俊晖", "赵心童"])).toEqual(["丁俊晖", "赵心童"]);
  });
});

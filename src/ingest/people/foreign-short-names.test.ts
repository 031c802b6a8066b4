import { describe, expect, it } from "vitest";
import { tieForeignShortNames } from "./foreign-short-names";
import { taggedWith } from "./test-helpers.test-helper";

const tie = (text: string, names: string[], words: string[] = []) => {
  const tagged = taggedWith(text, names, 0, () => 0.9);
  const aliases = tieForeignShortNames([tagged], (w) => words.includes(w));
  return { names: tagged.mentions.map((m) => m.name), aliases: Object.fromEntries(aliases) };
};

describe("a foreign name's last part used alone", () => {
  it("is a mention of the full dotted name, over the pieces the tagger cut it into", () => {
    expect(tie("外长多明戈·贝塔松宣布，贝塔松说，", ["多明戈·贝塔松"])).toEqual({
      names: ["多明戈·贝塔松", "贝塔松"],
      aliases: { 贝塔松: "多明戈·贝塔松" },
    });
    // the tagger cut the part where it stands alone: 久|卡塔维奇
    const text = "总统米洛·久卡塔维奇宣誓。久卡塔维奇说";
    const tagged = taggedWith(text, ["米洛·久卡塔维奇"]);
    const cut = Array.from(text).lastIndexOf("卡");
    tagged.mentions.push({ text: 0, start: cut, end: cut + 4, name: "卡塔维奇", source: "tagger" });
    tieForeignShortNames([tagged], () => false);
    expect(tagged.mentions.map((m) => m.name)).toEqual(["米洛·久卡塔维奇", "久卡塔维奇"]);
  });

  it("is not read inside a longer transliteration run, nor when it is a word", () => {
    expect(tie("外长多明戈·贝塔松宣布，罗贝塔松说，", ["多明戈·贝塔松"]).names).toEqual(["多明戈·贝塔松"]);
    expect(tie("乔治·和平到了，和平来了", ["乔治·和平"], ["和平"])).toEqual({
      names: ["乔治·和平"],
      aliases: {},
    });
  });
});

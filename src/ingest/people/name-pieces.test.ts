import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/ingest/seeded-random";
import { dropNamePieces, occurrences } from "./name-pieces";
import { parseCedict } from "./reference-lexicon";
import { EMPTY_LEXICONS } from "./tagger/lexicons";
import { taggedWith } from "./test-helpers.test-helper";

const REFERENCE = parseCedict(
  [
    "流毒 流毒 [liu2 du2] /to spread poison/pernicious influence/",
    "影響 影响 [ying3 xiang3] /influence/",
    "安家 安家 [an1 jia1] /to settle down/",
    "不錯 不错 [bu4 cuo4] /not bad/",
  ].join("\n"),
);
const names = (texts: string[], mentions: string[][], known: string[] = [], places: string[] = []) => {
  const tagged = texts.map((text, i) => taggedWith(text, mentions[i]!, i));
  dropNamePieces(tagged, { ...EMPTY_LEXICONS, names: new Set(known), places: new Set(places) }, REFERENCE);
  return tagged.flatMap((t) => t.mentions.map((m) => m.name));
};

describe("pieces of something else read as names", () => {
  it("cuts a name run on into a word, unless the article prints the name free elsewhere", () => {
    expect(names(["要肃清张禾流毒影响"], [["张禾流"]])).toEqual(["张禾"]);
    expect(names(["杨立安家不错", "杨立安说"], [["杨立安"], ["杨立安"]])).toEqual(["杨立安", "杨立安"]);
    // a name the model knows stays whole
    expect(names(["要肃清张禾流毒影响"], [["张禾流"]], ["张禾流"])).toEqual(["张禾流"]);
  });

  it("drops a place's front at every mention, a known name too, and a surname with a title", () => {
    expect(names(["车到小明山收费站", "小明山很高"], [["小明"], ["小明"]], ["小明"])).toEqual([]);
    expect(names(["会议在浙江禾镇举行", "禾镇的夜景"], [["禾镇"], ["禾镇"]], [], ["浙江"])).toEqual([]);
    expect(names(["张院长笑着说"], [["张院长"]])).toEqual([]);
  });
});

describe("a name's occurrences in a text", () => {
  it("are the positions where every character of the name stands (as the scan of every position found)", () => {
    const random = mulberry32(20261202);
    const alphabet = ["小", "明", "山", "𠀀", "", "小明"];
    for (let n = 0; n < 3000; n++) {
      const chars = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * 6)]!);
      const word = Array.from({ length: Math.floor(random() * 4) }, () => alphabet[Math.floor(random() * 6)]!);
      const plain = chars.flatMap((_, i) => (word.every((c, k) => chars[i + k] === c) ? [i] : []));
      expect(occurrences(chars, word)).toEqual(plain);
    }
  });
});

import { describe, expect, it } from "vitest";
import { dropDictionaryPieces } from "./dictionary-words";
import type { Mention } from "./mentions";
import { parseCedict } from "./reference-lexicon";
import { taggedWith } from "./test-helpers.test-helper";

const LEXICON = parseCedict(
  [
    "長治久安 长治久安 [chang2 zhi4 jiu3 an1] /long-term peace and order (idiom)/",
    "孫子兵法 孙子兵法 [Sun1 zi3 Bing1 fa3] /The Art of War/",
    "孫子 孙子 [Sun1 zi3] /Sun Tzu (c. 500 BC), author of the Art of War/",
  ].join("\n"),
);

const kept = (text: string, names: string[], known: string[] = [], source: Mention["source"] = "tagger") => {
  const t = taggedWith(text, names);
  t.mentions = t.mentions.map((m) => ({ ...m, source }));
  dropDictionaryPieces([t], new Set(known), LEXICON);
  return t.mentions.map((m) => m.name);
};

describe("pieces of dictionary words", () => {
  it("drops a name cut across an idiom or starting a work's name", () => {
    expect(kept("社会长治久安，王林说", ["治久安", "王林"])).toEqual(["王林"]);
    expect(kept("一部《孙子兵法》", ["孙子"])).toEqual([]);
  });

  it("keeps credits and names the model knows", () => {
    expect(kept("社会长治久安", ["治久安"], ["治久安"])).toEqual(["治久安"]);
    expect(kept("一部《孙子兵法》", ["孙子"], [], "credit")).toEqual(["孙子"]);
  });
});

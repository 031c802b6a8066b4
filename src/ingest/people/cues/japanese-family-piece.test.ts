import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { listedFamilyLength, listedFamilyPieces } from "./japanese-family-piece";

const piecesOf = (text: string, tagged: string[], name: string) => {
  const t = taggedWith(text, tagged);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return listedFamilyPieces(t.chars, t.mentions, start, start + Array.from(name).length).map((m) => m.name);
};

describe("the tagger's reading of a Japanese name with a listed family name", () => {
  it("knows the listed family names of three characters and of two", () => {
    expect(listedFamilyLength(Array.from("中曾根健三"), 0)).toBe(3);
    expect(listedFamilyLength(Array.from("津田健三"), 0)).toBe(2);
    expect(listedFamilyLength(Array.from("王田健三"), 0)).toBe(0);
  });

  it("gives way when whole, cut inside the family name or split in two", () => {
    expect(piecesOf("以小泽健三为首", ["小泽健三"], "小泽健三")).toEqual(["小泽健三"]);
    expect(piecesOf("上司津田良宏通过", ["田良宏"], "津田良宏")).toEqual(["田良宏"]);
    expect(piecesOf("，中曾根良弘说", ["曾根良"], "中曾根良弘")).toEqual(["曾根良"]);
    expect(piecesOf("以小泽健三为首", ["小泽", "健三"], "小泽健三")).toEqual(["小泽", "健三"]);
  });

  it("stays when it is the family name alone, runs outside the name or is no listed family name's", () => {
    expect(piecesOf("，小泽说，", ["小泽"], "小泽说")).toEqual([]);
    expect(piecesOf("会见杨小泽健三", ["杨小泽"], "小泽健三")).toEqual([]);
    expect(piecesOf("，王田良宏说", ["田良宏"], "王田良宏")).toEqual([]);
  });

  it("is replaced by the whole name in an article about Japan, which then needs no other support", () => {
    const run = (japan: boolean, tagged: string[], text = "以小泽健三为首的政党") => {
      const t = taggedWith(text, tagged, 0, () => 0.01);
      addCueMentions(t, 0, EMPTY_LEXICONS, false, japan);
      return t.mentions.map((m) => `${m.name}:${m.source}`);
    };
    expect(run(true, ["小泽健三"])).toEqual(["小泽健三:title"]);
    expect(run(true, ["小泽", "健三"])).toEqual(["小泽健三:title"]);
    expect(run(true, ["田良宏"], "上司津田良宏说")).toEqual(["津田良宏:title"]);
    expect(run(false, ["小泽健三"])).toEqual(["小泽健三:tagger"]);
  });
});

describe("the whole or split reading", () => {
  it("gives way only where what follows ends a name", () => {
    expect(piecesOf("首相和小渊健三外相", ["小渊健"], "小渊健")).toEqual([]);
    expect(piecesOf("，小渊健三，", ["小渊健三"], "小渊健三")).toEqual(["小渊健三"]);
  });
});

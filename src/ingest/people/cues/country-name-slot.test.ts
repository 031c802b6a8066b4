import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { namesAfterCountry } from "./country-name-slot";

const found = (text: string, places: ReadonlySet<string> = new Set()) => {
  const chars = Array.from(text);
  return namesAfterCountry(chars, places).map(({ start, end }) => chars.slice(start, end).join(""));
};

describe("foreign names after their country", () => {
  it("takes a transliteration run that follows a country and ends an item", () => {
    expect(found("前三名：瑞典斯特松、芬兰维尔塔宁和丹麦霍尔姆。")).toEqual(["斯特松", "维尔塔宁", "霍尔姆"]);
    expect(found("：挪威韦斯特伦；")).toEqual(["韦斯特伦"]);
  });

  it("leaves runs that run on into a word, known places, and countries inside a word", () => {
    expect(found("他参观了美国波音公司。")).toEqual([]);
    expect(found("，法国巴黎、", new Set(["巴黎"]))).toEqual([]);
    expect(found("，美国加拿大，")).toEqual([]);
    expect(found("新美国斯特松，")).toEqual([]);
    expect(found("，马来西亚和印度尼西亚等国")).toEqual([]);
    expect(found("，丹麦的霍尔姆法，")).toEqual([]);
  });

  it("takes the whole run over a tagger name cut inside it (apply-cues)", () => {
    const t = taggedWith("女子蛙泳，瑞典维尔塔宁、美国斯特霍尔姆；男子仰泳", ["维尔塔宁", "霍尔姆"], 0, () => 0.001);
    addCueMentions(t, 0, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["维尔塔宁", "斯特霍尔姆"]);
  });
});

import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { calledNameCandidates } from "./called-name";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";

const found = (text: string) => {
  const chars = Array.from(text);
  return calledNameCandidates(chars).flatMap(({ start, lengths }) =>
    lengths.map((l) => chars.slice(start, start + l).join("")),
  );
};

describe("a name after 叫", () => {
  it("takes a surname-led name or a transliteration run that ends at 的 or punctuation", () => {
    expect(found("一位叫孔方的店主说")).toEqual(["孔方"]);
    expect(found("男的叫柯远山，女的叫卡莫拉。")).toEqual(["柯远山", "卡莫拉"]);
    expect(found("一位叫做孔方的店主")).toEqual(["孔方"]);
  });

  it("leaves 叫 followed by anything that does not end there", () => {
    expect(found("他叫孔方去买菜。")).toEqual([]);
    expect(found("大家都叫好。")).toEqual([]);
  });
});

describe("a called slot counted as a person's", () => {
  it("is marked after 位, with or without 名", () => {
    const counted = (text: string) => calledNameCandidates(Array.from(text)).map((c) => c.counted);
    expect(counted("一位名叫孔方的店主")).toEqual([true]);
    expect(counted("这位叫孔方的店主")).toEqual([true]);
    expect(counted("停车的地方叫柯家棚，")).toEqual([false]);
  });

  it("takes a name the tagger gives less than an uncounted slot needs", () => {
    const run = (text: string) => {
      const tagged = taggedWith(text, [], 0, (s) => (s === "孔方远" ? 0.03 : 0.0001));
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("一位名叫孔方远的店主说")).toEqual(["孔方远"]);
    expect(run("那地方名叫孔方远，")).toEqual([]);
  });
});

describe("a called name that starts with a place's name", () => {
  it("keeps the name whole: both its ends are fixed", () => {
    const names = (text: string) => extractPeople(plainArticle(text)).map((p) => p.name);
    expect(names("一位名叫江西林的工人说。")).toContain("江西林");
    expect(names("有个名叫温州平的青年，")).toContain("温州平");
  });
});

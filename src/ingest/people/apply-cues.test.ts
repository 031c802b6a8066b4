import { describe, expect, it } from "vitest";
import { addCueMentions } from "./apply-cues";
import { EMPTY_LEXICONS } from "./tagger/lexicons";
import { taggedWith } from "./test-helpers.test-helper";

describe("cues over the tagger's names", () => {
  it("spreads a name to its 、 neighbours only where the tagger does not find them unlikely", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("山上种着柯树、银杏、油桐等树。", ["柯树"], 0, (s) =>
        s === "柯树" ? 0.9 : probability,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.01)).toEqual(["柯树"]);
    expect(run(0.5)).toEqual(["柯树", "银杏", "油桐"]);
  });

  it("stretches a name cut inside a transliteration run in a name slot to the whole run", () => {
    const run = (text: string, cut: string, probability: number, words: string[] = []) => {
      const tagged = taggedWith(text, [cut], 0, () => probability);
      addCueMentions(tagged, 0, { ...EMPTY_LEXICONS, words: new Set(words) });
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("外长贝塔尔科会见了记者。", "塔尔科", 0.5)).toEqual(["贝塔尔科"]);
    expect(run("外长贝塔尔科会见了记者。", "贝塔尔", 0.5)).toEqual(["贝塔尔科"]);
    expect(run("外长贝塔尔科会见了记者。", "塔尔科", 0.001)).toEqual(["塔尔科"]);
    // the run's last character makes a word with the next one: 博士 is not part of the name
    expect(run("主任贝塔尔科博士说", "贝塔尔科", 0.5, ["博士"])).toEqual(["贝塔尔科"]);
    expect(run("主任贝塔尔科博士说", "贝塔尔", 0.5, ["博士"])).toEqual(["贝塔尔"]);
  });

  it("adds a name right after an age where the tagger does not find it unlikely", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("今年４８岁的柯远山原是矿工。", [], 0, (s) =>
        s === "柯远山" ? probability : probability / 10,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.3)).toEqual(["柯远山"]);
    expect(run(0.01)).toEqual([]);
  });

  it("takes a long transliteration run in a title slot even when it starts with a word", () => {
    const run = (text: string) => {
      const tagged = taggedWith(text, [], 0, () => 0.5);
      addCueMentions(tagged, 0, { ...EMPTY_LEXICONS, words: new Set(["内科"]) });
      return tagged.mentions.map((m) => m.name);
    };
    expect(run("总参谋长内科瓦西尔强调")).toEqual(["内科瓦西尔"]);
    // a shorter run that starts with a word is the word
    expect(run("总参谋长内科尔强调")).toEqual([]);
  });

  it("adds a Japanese name known by its given name's ending, over the tagger's piece of it", () => {
    const run = (text: string, tagged: string[], japan: boolean, probability: number, words: string[] = []) => {
      const t = taggedWith(text, tagged, 0, () => probability);
      addCueMentions(t, 0, { ...EMPTY_LEXICONS, words: new Set(words) }, false, japan);
      return t.mentions.map((m) => m.name);
    };
    expect(run("首相和森谷达雄外相会谈", [], true, 0.01)).toEqual(["森谷达雄"]);
    expect(run("首相和森谷达雄外相会谈", ["森谷达"], true, 0.01)).toEqual(["森谷达雄"]);
    // not in an article about Japan, nor where the tagger rules the name out
    expect(run("首相和森谷达雄外相会谈", [], false, 0.01)).toEqual([]);
    expect(run("首相和森谷达雄外相会谈", [], true, 0.00001)).toEqual([]);
    // a Chinese name the tagger read stays whole (a list of names and places: 金玉秀、吉…)
    expect(run("，王明秀子弟", ["王明秀"], true, 0.01)).toEqual(["王明秀"]);
    // a family name that is a known word is none
    expect(run("，自古英子", [], true, 0.01, ["自古"])).toEqual([]);
    expect(run("，自古英子", [], true, 0.01)).toEqual(["自古英子"]);
  });

  it("adds a Japanese name after a listed family name only in an article about Japan", () => {
    const run = (japan: boolean, probability: number, text = "继石田退三之后，又一位掌舵人") => {
      const tagged = taggedWith(text, [], 0, () => probability);
      addCueMentions(tagged, 0, EMPTY_LEXICONS, false, japan);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(true, 0.001)).toEqual(["石田退三"]);
    // a given name of three characters the tagger has never seen (中川不器男: 6e-6) is still read
    expect(run(true, 0.000005)).toEqual(["石田退三"]);
    // under the family name's floor: only a given name with a Japanese ending (三) is still read
    expect(run(true, 0.0000005)).toEqual(["石田退三"]);
    expect(run(true, 0.0000005, "继石田退明之后，又一位掌舵人")).toEqual([]);
    expect(run(false, 0.001)).toEqual([]);
    expect(run(true, 0)).toEqual([]);
  });
});

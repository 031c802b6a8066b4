import { describe, expect, it } from "vitest";
import type { Mention, TaggedText } from "../mentions";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";
import { closesNameAfterHe, extendHeGivenNames } from "./he-given-name";

/** A text with the tagger's mentions of `names` (each at its first place in the text). */
const text = (s: string, names: readonly string[]): TaggedText => {
  const chars = Array.from(s);
  const mentions: Mention[] = names.map((name) => {
    const start = Array.from(s.slice(0, s.indexOf(name))).length;
    return { text: 0, start, end: start + Array.from(name).length, name, source: "tagger" };
  });
  return { chars, scorer: { spanProbability: () => 0 }, mentions };
};
const names = (texts: readonly TaggedText[]) => texts.map((t) => t.mentions.map((m) => m.name));

describe("a given name ending in 和", () => {
  it("reads what follows 和 as the name's end or the conjunction's partner", () => {
    const at = (s: string) => closesNameAfterHe(Array.from(s), 0);
    expect(at("17日在京")).toBe(true);
    expect(at("８日会见")).toBe(true);
    expect(at("、王某")).toBe(true);
    expect(at("，最后")).toBe(true);
    expect(at("说，")).toBe(true);
    expect(at("李某")).toBe(false);
    expect(at("3名同事")).toBe(false);
    expect(at("2019年")).toBe(false);
    expect(at("")).toBe(false);
  });

  it("extends every mention of the run when one shows 和 is the name's", () => {
    const texts = [text("国防部长柯明和17日在京会见来宾", ["柯明"]), text("柯明和来宾进行了会谈", ["柯明"])];
    extendHeGivenNames(texts);
    expect(names(texts)).toEqual([["柯明和"], ["柯明和"]]);
  });

  it("keeps 和 a conjunction where nothing in the article shows otherwise", () => {
    const texts = [text("柯明和周立新见面", ["柯明", "周立新"]), text("柯明和3名同事来到村里", ["柯明"])];
    extendHeGivenNames(texts);
    expect(names(texts)).toEqual([["柯明", "周立新"], ["柯明"]]);
  });

  it("leaves a three-character name before 和 and a date alone", () => {
    const texts = [text("部长柯明亮和17日到达的代表团会谈", ["柯明亮"])];
    extendHeGivenNames(texts);
    expect(names(texts)).toEqual([["柯明亮"]]);
  });

  it("ships the whole name in an article", () => {
    const article = plainArticle("国务委员兼国防部长柯明和17日在京会见某国国防部长。柯明和说，两军关系发展良好。");
    const found = extractPeople(article).map((p) => p.name);
    expect(found).toContain("柯明和");
    expect(found).not.toContain("柯明");
  });
});

import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../test-helpers.test-helper";
import { endsLikeClause } from "./clause-end-name";

const at = (text: string, name: string): [string[], number, number] => {
  const start = text.indexOf(name);
  return [Array.from(text), start, start + name.length];
};
const words = new Set(["高兴", "认真"]);
const isWord = (w: string) => words.has(w);

describe("a name that ends like a clause piece", () => {
  it("ends in a pronoun, or in 地 after a common word", () => {
    expect(endsLikeClause(...at("一位村干部曾替他算过账", "曾替他"), isWord)).toBe(true);
    expect(endsLikeClause(...at("老人高兴地说", "高兴地"), isWord)).toBe(true);
    // a given name in 地 after no word (赵光地), a two-character mention, a name
    expect(endsLikeClause(...at("村民赵光地说", "赵光地"), isWord)).toBe(false);
    expect(endsLikeClause(...at("村民赵地说", "赵地"), isWord)).toBe(false);
    expect(endsLikeClause(...at("村民王立新说", "王立新"), isWord)).toBe(false);
  });

  it("is no person in the article", () => {
    const people = extractPeople(
      plainArticle("热心肠", ["他常常帮助困难户。一位民兵排长曾替他记过一笔账：六年来他已帮助乡亲近万元。"]),
    );
    expect(people.map((p) => p.name)).not.toContain("曾替他");
  });
});

import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";
import { kinWordEndsAt } from "./kin-before-name";

const endsAt = (text: string, name: string) => {
  const chars = Array.from(text);
  return kinWordEndsAt(chars, Array.from(text.slice(0, text.indexOf(name))).length);
};

describe("a name after a kin word", () => {
  it("finds the kin words of two and three characters and the birth-ordered ones", () => {
    expect(endsAt("母亲邹桂香，今年七十岁。", "邹桂香")).toBe(true);
    expect(endsAt("他的儿子郑小川暑假里", "郑小川")).toBe(true);
    expect(endsAt("她的外孙女吕小禾", "吕小禾")).toBe(true);
    expect(endsAt("大哥孟长顺", "孟长顺")).toBe(true);
  });

  it("finds none before other words or at a text's start", () => {
    expect(endsAt("副县长邹桂香说", "邹桂香")).toBe(false);
    expect(endsAt("邹桂香说", "邹桂香")).toBe(false);
  });

  it("vouches for a name the tagger read after the kin word", () => {
    const people = extractPeople(plainArticle("母亲邹桂香，今年七十岁。"));
    expect(people).toContainEqual({ name: "邹桂香", roles: ["母亲"] });
  });
});

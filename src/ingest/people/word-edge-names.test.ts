import { describe, expect, it } from "vitest";
import { extractPeople } from "./extract-people";
import { plainArticle } from "./plain-article";

describe("names read again without the word across their edge", () => {
  it("finds a name the word before it hid from the tagger", () => {
    expect(extractPeople(plainArticle("大家认真落实习近平总书记重要讲话精神。"))).toEqual([
      { name: "习近平", roles: ["总书记"] },
    ]);
  });

  it("adds no fragment of a phrase read from its middle", () => {
    expect(extractPeople(plainArticle("六国新到任驻华大使今天递交国书。"))).toEqual([]);
  });
});

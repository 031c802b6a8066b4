import { describe, expect, it } from "vitest";
import { functionCharNounAt } from "./function-char-nouns";
import { descriptionBefore } from "./description";

const chars = (s: string) => Array.from(s);

describe("person nouns that begin with a function character", () => {
  it("finds the word whole at its function character", () => {
    expect(functionCharNounAt(chars("讯问了被告人方立新"), 3)).toBe(true);
    expect(functionCharNounAt(chars("他被告知"), 1)).toBe(false);
    expect(functionCharNounAt(chars("同事方立新"), 0)).toBe(true);
  });

  it("keeps the function character in the description before a name", () => {
    expect(descriptionBefore(chars("讯问了被告人方立新"), 6)).toBe("被告人");
    expect(descriptionBefore(chars("据他的同事方立新介绍"), 5)).toBe("同事");
  });
});

import { describe, expect, it } from "vitest";
import { whenClauseEnd } from "./when-clause";
import { titlesBefore } from "./title-phrase";

const nouns = new Set(["北川大学", "北川"]);
const words = new Set(["当地", "当年"]);
const isWord = (w: string) => words.has(w) || nouns.has(w);
/** The role `text` ends with, read from `from` (its suffix), without the clause's 当; null when none is taken off. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const end = whenClauseEnd(chars, chars.length - Array.from(from).length, chars.length, isWord, nouns);
  return end === null ? null : chars.slice(end).join("");
};

describe("the 当 (when) opening a clause before a role", () => {
  it("is taken off before a proper noun", () => {
    expect(read("。当北川大学博士生", "当北川大学博士生")).toBe("北川大学博士生");
  });

  it("is kept inside a word, inside its clause, and before no proper noun", () => {
    expect(read("。当地村民", "当地村民")).toBeNull();
    expect(read("。当年北川大学学生", "当年北川大学学生")).toBeNull();
    expect(read("他当北川大学博士生", "当北川大学博士生")).toBeNull();
    expect(read("。当博士生", "当博士生")).toBeNull();
  });

  it("reads the title before a name without it", () => {
    const chars = Array.from("。当北川大学教授林大同站在台上");
    const dictionary = { properNouns: nouns, commonWords: words };
    expect(titlesBefore(chars, chars.indexOf("林"), new Set(), undefined, dictionary)).toEqual(["北川大学教授"]);
  });
});

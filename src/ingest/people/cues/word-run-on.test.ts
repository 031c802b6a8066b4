import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { isWordRunOn, trimWordRunOns } from "./word-run-on";

const words = new Set(["扎根", "海岛", "夫人"]);
const isWord = (w: string) => words.has(w);

describe("a Chinese name run on over the word after it", () => {
  it("is a one-character surname, one character and a common word", () => {
    expect(isWordRunOn("郑川扎根", isWord)).toBe(true);
    expect(isWordRunOn("郑小川", isWord)).toBe(false);
    expect(isWordRunOn("郑川小根", isWord)).toBe(false);
    // a transliteration character as surname may lead a foreign name; a compound surname a Chinese one
    expect(isWordRunOn("马林扎根", isWord)).toBe(false);
    expect(isWordRunOn("欧阳扎根", isWord)).toBe(false);
    // a form of address after the name is written with it (居里夫人)
    expect(isWordRunOn("居里夫人", isWord)).toBe(false);
  });

  it("is cut to the surname and one character, but a credit and a name the model knows", () => {
    const run = (known: string[]) => {
      const t = taggedWith("听说老所长郑川扎根海岛三十年", ["郑川扎根"]);
      trimWordRunOns([t], new Set(known), isWord);
      return t.mentions.map((m) => [m.name, m.end - m.start]);
    };
    expect(run([])).toEqual([["郑川", 2]]);
    expect(run(["郑川扎根"])).toEqual([["郑川扎根", 4]]);
  });
});

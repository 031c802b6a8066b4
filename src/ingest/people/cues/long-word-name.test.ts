import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { dropLongWordNames, isLongDictionaryWord } from "./long-word-name";

const longWords = new Set(["阿莫西林", "一帆风顺", "卢卡申科"]);
const properNouns = new Set(["卢卡申科"]);

describe("a name that is a whole long word of the dictionary", () => {
  it("is a common word of four characters or more of the dictionary, not a proper noun", () => {
    expect(isLongDictionaryWord("阿莫西林", longWords, properNouns)).toBe(true);
    expect(isLongDictionaryWord("阿莫西", longWords, properNouns)).toBe(false);
    expect(isLongDictionaryWord("柯莫西林", longWords, properNouns)).toBe(false);
    // a proper noun may be a person the dictionary lists with no life's years
    expect(isLongDictionaryWord("卢卡申科", longWords, properNouns)).toBe(false);
  });

  it("is dropped, but a credit's and a name the model knows", () => {
    const run = (known: string[], credit = false) => {
      const t = taggedWith("常用的抗生素有阿莫西林等，张小林说。", ["阿莫西林", "张小林"]);
      if (credit) t.mentions[0] = { ...t.mentions[0]!, source: "credit" };
      dropLongWordNames([t], new Set(known), longWords, properNouns);
      return t.mentions.map((m) => m.name);
    };
    expect(run([])).toEqual(["张小林"]);
    expect(run(["阿莫西林"])).toEqual(["阿莫西林", "张小林"]);
    expect(run([], true)).toEqual(["阿莫西林", "张小林"]);
  });
});

import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import { isWorkOwnerAt } from "./work-owner";

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isWorkOwnerAt(Array.from(text), start, start + name.length);
};
const kept = (text: string, name: string) => {
  const texts = [taggedWith(text, [name], 0, () => 0.3)];
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS);
  return texts[0]!.mentions.map((m) => m.name);
};

describe("a name that owns the work after it", () => {
  it("opens a clause and is followed by 的《", () => {
    expect(at("。柯大山的《山里人家》写出了", "柯大山")).toBe(true);
    expect(at("，丰年的《山歌》", "丰年")).toBe(true);
  });

  it("is not a name inside a clause, nor one without the work", () => {
    expect(at("阅读柯大山的《山里人家》", "柯大山")).toBe(false);
    expect(at("。柯大山的书", "柯大山")).toBe(false);
    expect(at("。柯大山《山里人家》", "柯大山")).toBe(false);
  });

  it("vouches for an unsure name found there", () => {
    expect(kept("。柯大山的《山里人家》写出了", "柯大山")).toEqual(["柯大山"]);
    expect(kept("。柯大山的书写出了", "柯大山")).toEqual([]);
  });
});

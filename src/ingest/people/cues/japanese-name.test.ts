import { describe, expect, it } from "vitest";
import { japaneseNameCandidates, JAPANESE_FAMILY_NAMES, MAX_GIVEN_LENGTH, mentionsJapan } from "./japanese-name";

const candidates = (text: string) => {
  const chars = Array.from(text);
  return japaneseNameCandidates(chars).map(({ start, lengths }) =>
    lengths.map((l) => chars.slice(start, start + l).join("")),
  );
};

describe("Japanese names", () => {
  it("offers a listed family name with the given-name lengths that end where a name ends", () => {
    expect(candidates("继石田退三、中川不器男之后")).toEqual([["石田退三"], ["中川不器男"]]);
    expect(candidates("客人高桥健一先生说")).toEqual([["高桥健一"]]);
    expect(candidates("由佐佐木和子女士主持")).toEqual([["佐佐木和子"]]);
    // no end in sight: every length, the tagger chooses
    expect(candidates("田中角荣访华")).toEqual([["田中角", "田中角荣", "田中角荣访"]]);
  });

  it("takes no given name past the Han characters nor beyond three characters", () => {
    expect(candidates("佐藤，")).toEqual([]);
    expect(candidates("佐藤Ａ")).toEqual([]);
    expect(
      candidates(`佐藤${"美".repeat(MAX_GIVEN_LENGTH + 2)}`)[0]!.every((n) => n.length <= 2 + MAX_GIVEN_LENGTH),
    ).toBe(true);
    expect(candidates("中山大学的小林同学")).toEqual([]);
  });

  it("lists no family name that is a common Chinese word or place", () => {
    for (const word of ["中山", "小林", "金子", "和田", "清水", "山下", "大西"])
      expect(JAPANESE_FAMILY_NAMES.has(word)).toBe(false);
  });

  it("asks only in an article that speaks of Japan", () => {
    expect(mentionsJapan(["标题", "日本客人来访"])).toBe(true);
    expect(mentionsJapan(["中日友好"])).toBe(true);
    expect(mentionsJapan(["石田村的村民"])).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { JAPANESE_GIVEN_NAME_ENDINGS, japaneseGivenNameCandidates, startsNameSlot } from "./japanese-given-name";

const starts = (text: string) =>
  japaneseGivenNameCandidates(Array.from(text)).map(({ start, lengths }) =>
    lengths.map((n) =>
      Array.from(text)
        .slice(start, start + n)
        .join(""),
    ),
  );

describe("japaneseGivenNameCandidates", () => {
  it("finds a four- or five-character run ending in a Japanese given name's ending, in a name slot", () => {
    expect(starts("外相和森谷达雄会谈")).toContainEqual(["森谷达雄"]);
    expect(starts("，岸边健太郎说")).toContainEqual(["岸边健太郎"]);
  });

  it("does not take a joining character before a listed family name as an unlisted family name's first", () => {
    // 以|小泽正夫: 以小 is no family name; the listed 小泽 is japanese-name.ts's
    expect(starts("。以小泽正夫为首")).not.toContainEqual(["以小泽正夫"]);
    expect(starts("。以森谷达雄为首")).toContainEqual(["以森谷达雄"]);
  });

  it("needs a name slot before the run", () => {
    // 谈 is neither punctuation, a joining character, a title nor a descriptor
    expect(starts("会谈森谷达雄")).not.toContainEqual(["森谷达雄"]);
    expect(startsNameSlot(Array.from("会谈森谷达雄"), 2)).toBe(false);
    expect(startsNameSlot(Array.from("外相和森谷达雄"), 3)).toBe(true);
  });

  it("does not start after an opening quote or title mark, where a work or a thing is named", () => {
    expect(starts("《森谷达雄》")).toEqual([]);
    expect(starts("“森谷达雄”")).toEqual([]);
  });

  it("does not take endings that close Chinese words as often (公司, 也)", () => {
    expect(JAPANESE_GIVEN_NAME_ENDINGS.has("司")).toBe(false);
    expect(starts("，丰原公司说")).toEqual([]);
  });
});

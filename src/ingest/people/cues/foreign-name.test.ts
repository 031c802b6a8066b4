import { describe, expect, it } from "vitest";
import { foreignNameCandidates, MAX_FOREIGN_NAME_LENGTH } from "./foreign-name";

const found = (text: string, places: ReadonlySet<string> = new Set()) => {
  const chars = Array.from(text);
  return foreignNameCandidates(chars, places).map(({ start, end }) => chars.slice(start, end).join(""));
};

describe("foreign names in a name slot", () => {
  it("takes a transliteration run after a title, before a speech verb or a title after a name", () => {
    expect(found("会见了罗马尼亚总统康斯坦丁内斯库。", new Set(["罗马尼亚"]))).toEqual(["康斯坦丁内斯库"]);
    expect(found("，克里斯滕森表示，")).toEqual(["克里斯滕森"]);
    expect(found("。哈桑纳尔·博尔基亚说，")).toEqual(["哈桑纳尔·博尔基亚"]);
  });

  it("leaves runs out of a name slot, known places, short or overlong runs and dangling dots", () => {
    expect(found("他去了克里斯滕森家。")).toEqual([]);
    expect(found("坦桑尼亚总统", new Set(["坦桑尼亚"]))).toEqual([]);
    expect(found("。克林说，")).toEqual([]);
    expect(found(`。${"克".repeat(MAX_FOREIGN_NAME_LENGTH + 1)}说`)).toEqual([]);
    expect(found("。·克里斯说")).toEqual([]);
  });
});

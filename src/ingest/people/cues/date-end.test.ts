import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";
import { dateEndsAt } from "./date-end";

const endsAt = (text: string, at: string) => {
  const chars = Array.from(text);
  return dateEndsAt(chars, Array.from(text.slice(0, text.indexOf(at))).length);
};

describe("a date's unit before a name", () => {
  it("ends a date written in Chinese numerals or in digits", () => {
    expect(endsAt("一九九八年三月十日中川正雄", "中川")).toBe(true);
    expect(endsAt("１９９８年３月１０日中川正雄", "中川")).toBe(true);
    expect(endsAt("一九九八年三月", "三月")).toBe(true);
  });

  it("leaves a unit after no numeral, and a text's start", () => {
    expect(endsAt("星期日中午", "中午")).toBe(false);
    expect(endsAt("每日中川正雄", "中川")).toBe(false);
    expect(endsAt("中川正雄", "中川")).toBe(false);
  });

  it("keeps a Japanese name signed after a date whose 日 makes a word with its first character", () => {
    const names = (text: string) => extractPeople(plainArticle(text)).map((p) => p.name);
    expect(names("日本友人来信\n一九九八年三月十日中川正雄")).toContain("中川正雄");
    expect(names("东京来信\n１９９８年３月１０日中岛健三")).toContain("中岛健三");
  });
});

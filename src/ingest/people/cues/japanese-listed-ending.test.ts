import { describe, expect, it } from "vitest";
import { hasListedFamilyAndJapaneseEnding, MIN_ENDING_GIVEN_LENGTH } from "./japanese-listed-ending";

const check = (text: string, length: number = Array.from(text).length) =>
  hasListedFamilyAndJapaneseEnding(Array.from(text), 0, length);

describe("a listed Japanese family name and a Japanese given name's ending", () => {
  it("takes a listed family name with a given name ending as Japanese ones do", () => {
    expect(check("松田佳子")).toBe(true);
    expect(check("奥山春美")).toBe(true);
    expect(check("中曾根良夫")).toBe(true);
    expect(check("佐佐木和子")).toBe(true);
  });

  it("refuses an unlisted family name, an ending not Japanese, or a one-character given name", () => {
    expect(check("王丽美")).toBe(false);
    expect(check("松田国华")).toBe(false);
    expect(check("松田子")).toBe(false);
    expect(MIN_ENDING_GIVEN_LENGTH).toBe(2);
  });

  it("reads the length asked, not the text's", () => {
    expect(check("松田佳子访华", 4)).toBe(true);
    expect(check("松田佳子访华", 5)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isAuthorLine } from "./author-line";

const known = (w: string) => ["汇率", "编者按"].includes(w);

describe("author line under a title", () => {
  it("reads a paragraph of two or three Han characters as a name", () => {
    expect(isAuthorLine("周方", known)).toBe(true);
    expect(isAuthorLine(" 李明远 ", known)).toBe(true);
  });

  it("leaves known words, places, longer lines and lines with other characters", () => {
    expect(isAuthorLine("汇率", known)).toBe(false);
    expect(isAuthorLine("四川", known)).toBe(false);
    expect(isAuthorLine("李明远周方", known)).toBe(false);
    expect(isAuthorLine("周方：", known)).toBe(false);
    expect(isAuthorLine("王", known)).toBe(false);
  });
});

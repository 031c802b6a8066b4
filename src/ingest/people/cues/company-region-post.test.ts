import { describe, expect, it } from "vitest";
import { namesOfCompanies } from "./company-name";
import { companyPostAfter } from "./company-region-post";

const chars = (s: string) => Array.from(s);
const none = () => false;

describe("a company's post after a region", () => {
  it("follows a company's name, not a person's", () => {
    expect(companyPostAfter(chars("福泰中国总裁林某表示"), 2)).toBe(true);
    expect(companyPostAfter(chars("福泰大中华区副总裁"), 2)).toBe(true);
    expect(companyPostAfter(chars("福泰中国区总经理"), 2)).toBe(true);
    // a post right after the name is the person's own (林某总裁), a region alone says nothing
    expect(companyPostAfter(chars("林某总裁表示"), 2)).toBe(false);
    expect(companyPostAfter(chars("福泰中国市场"), 2)).toBe(false);
  });

  it("makes the name a company's at every mention (company-name.ts)", () => {
    const texts = [chars("“福泰看好中国市场。”福泰中国总裁林某表示。"), chars("福泰将继续投资。")];
    expect(namesOfCompanies(texts, ["福泰", "林某"], none)).toEqual(new Set(["福泰"]));
  });
});

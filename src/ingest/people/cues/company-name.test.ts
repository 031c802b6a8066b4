import { describe, expect, it } from "vitest";
import { namesOfCompanies } from "./company-name";

const texts = (...s: string[]) => s.map((x) => Array.from(x));
const COMPANIES = new Set(["箭牌"]);
const isCompany = (w: string) => COMPANIES.has(w);

describe("a company's name read as a person's", () => {
  it("runs into a company's head at every occurrence", () => {
    expect(namesOfCompanies(texts("德国汉莎航空公司", "汉莎航空计划裁员"), ["汉莎"], isCompany)).toEqual(
      new Set(["汉莎"]),
    );
    expect(namesOfCompanies(texts("李宁公司成立", "李宁说"), ["李宁"], isCompany)).toEqual(new Set());
  });

  it("runs into a company of the dictionary at one occurrence", () => {
    expect(namesOfCompanies(texts("玛氏箭牌中国区总裁", "玛氏见证了"), ["玛氏"], isCompany)).toEqual(new Set(["玛氏"]));
    expect(namesOfCompanies(texts("王大林说", "王大林来了"), ["王大林"], isCompany)).toEqual(new Set());
  });
});

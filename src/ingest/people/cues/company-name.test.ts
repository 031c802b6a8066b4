import { describe, expect, it } from "vitest";
import { namesOfCompanies, registeredNameAt } from "./company-name";

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
    expect(namesOfCompanies(texts("玛氏箭牌华东区经理", "玛氏见证了"), ["玛氏"], isCompany)).toEqual(new Set(["玛氏"]));
    expect(namesOfCompanies(texts("王大林说", "王大林来了"), ["王大林"], isCompany)).toEqual(new Set());
  });

  it("opens a company's registered name, after at most its place, at one occurrence", () => {
    expect(
      namesOfCompanies(texts("记者来到湖北金禾农业科技股份有限公司。", "金禾的员工说"), ["金禾"], isCompany),
    ).toEqual(new Set(["金禾"]));
    expect(namesOfCompanies(texts("金禾生物有限公司成立", "金禾电器"), ["金禾"], isCompany)).toEqual(new Set(["金禾"]));
    // a clause runs between the name and the company: the name is a person's
    expect(namesOfCompanies(texts("王大林还到天津某某表业集团有限公司"), ["王大林"], isCompany)).toEqual(new Set());
    expect(namesOfCompanies(texts("由王大林创办的金禾有限公司"), ["王大林"], isCompany)).toEqual(new Set());
    // a registered name's word that speaks elsewhere is a person after all
    expect(namesOfCompanies(texts("王大林农业有限公司成立", "王大林说，公司很好"), ["王大林"], isCompany)).toEqual(
      new Set(),
    );
  });

  it("opens a short name given in quotes after 简称, and speaks as the company", () => {
    expect(
      namesOfCompanies(texts("某某家电（以下简称“金禾科技”）", "金禾认为，未来可期"), ["金禾"], isCompany),
    ).toEqual(new Set(["金禾"]));
    expect(registeredNameAt(Array.from("（以下简称“金禾”）"), 6, 8)).toBeNull();
    expect(registeredNameAt(Array.from("（简称“金禾科技”）"), 4, 6)).toBe("short");
    expect(registeredNameAt(Array.from("，新疆金禾风电装备股份有限公司"), 3, 5)).toBe("registered");
    expect(registeredNameAt(Array.from("，内蒙古自治区呼和浩特金禾有限公司"), 13, 15)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { companyRegionTitleStart } from "./company-region-title";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);
const places = new Set(["中国", "中华"]);
/** The titles before the name at the end of `text`. */
const before = (text: string) => titlesBefore(chars(text), Array.from(text).length, places);

describe("company region title", () => {
  it("reads the company's name before a region's post", () => {
    expect(before("博森中国总裁")).toEqual(["博森中国总裁"]);
    expect(before("，霍达韦尔中国区总裁")).toEqual(["霍达韦尔中国区总裁"]);
    expect(before("。该公司中国区副总裁")).toEqual(["该公司中国区副总裁"]);
    expect(companyRegionTitleStart(chars("，赛飞中国区总裁"), 3, 8)).toBe(1);
  });

  it("keeps the 大 of 大中华区", () => {
    expect(before("集团亚洲业务副总监、大中华区总裁")).toContain("大中华区总裁");
    expect(companyRegionTitleStart(chars("、大中华区总裁"), 2, 7)).toBe(1);
  });

  it("leaves a country's post, a pronoun's clause and a long run", () => {
    expect(companyRegionTitleStart(chars("，会见中国总理"), 3, 7)).toBeNull();
    expect(companyRegionTitleStart(chars("，他说中国区总裁"), 4, 9)).toBeNull();
    expect(companyRegionTitleStart(chars("，一二三四五六七中国总裁"), 9, 13)).toBeNull();
  });
});

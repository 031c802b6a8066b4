import { describe, expect, it } from "vitest";
import { countriesOf, leadingCountry } from "./countries";

describe("countries", () => {
  it("reads the longest country name a title starts with", () => {
    expect(leadingCountry("以色列国防部长")).toEqual({ name: "以色列", code: "IL" });
    expect(leadingCountry("孟加拉国总理")).toEqual({ name: "孟加拉国", code: "BD" });
    expect(leadingCountry("美国总统")).toEqual({ name: "美国", code: "US" });
  });

  it("knows a country by its long name too", () => {
    expect(leadingCountry("印度尼西亚总统")).toEqual({ name: "印度尼西亚", code: "ID" });
    expect(leadingCountry("印尼总统")).toEqual({ name: "印尼", code: "ID" });
    expect(leadingCountry("印度总理")).toEqual({ name: "印度", code: "IN" });
    expect(leadingCountry("国防部长")).toBeNull();
  });

  it("leaves out China and its regions, and one-character names", () => {
    expect(leadingCountry("中国驻美大使")).toBeNull();
    expect(leadingCountry("香港特区行政长官")).toBeNull();
    expect([...countriesOf({ US: "美国", CN: "中国", XX: ["乙", "甲乙国"] })]).toEqual([
      ["美国", "US"],
      ["甲乙国", "XX"],
    ]);
  });
});

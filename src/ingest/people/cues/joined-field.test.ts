import { describe, expect, it } from "vitest";
import { isOwnedField } from "./joined-field";
import { titlesBefore } from "./title-phrase";

describe("an organisation's name and a field before 与", () => {
  it("knows an organisation and a short field", () => {
    expect(isOwnedField("南岭华信检测中心标准")).toBe(true);
    expect(isOwnedField("国家社会科学院人口")).toBe(true);
  });

  it("knows no part without an organisation, or with too long a field", () => {
    expect(isOwnedField("南岭华信检测标准")).toBe(false);
    expect(isOwnedField("中心标准")).toBe(false);
    expect(isOwnedField("南岭检测中心标准制定和质量管理")).toBe(false);
  });

  it("reads the whole title before a name", () => {
    const text = "。国家社会科学院人口与劳动经济研究所社会保障研究室主任许立平说";
    const chars = Array.from(text);
    const names = new Set([text.indexOf("说")]);
    expect(titlesBefore(chars, text.indexOf("许"), new Set(), (end) => names.has(end))).toEqual([
      "国家社会科学院人口与劳动经济研究所社会保障研究室主任",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { isBodyStaff } from "./body-staff";
import { descriptionBefore } from "./description";

const chars = (s: string) => Array.from(s);

describe("body staff", () => {
  it("reads a body's unit, a field and 人员", () => {
    expect(isBodyStaff("白沙救援队工作人员")).toBe(true);
    expect(isBodyStaff("平安县疾控中心医护人员")).toBe(true);
    expect(isBodyStaff("救援队工作人员")).toBe(true);
  });

  it("leaves 人员 without a body, or without a field, alone", () => {
    expect(isBodyStaff("有关人员")).toBe(false);
    expect(isBodyStaff("相关工作人员")).toBe(false);
    expect(isBodyStaff("救援队人员")).toBe(false);
    expect(isBodyStaff("工作人员")).toBe(false);
  });

  it("gives the description before a name", () => {
    const text = chars("。”白沙救援队工作人员方立新说");
    expect(descriptionBefore(text, 11)).toBe("白沙救援队工作人员");
    expect(descriptionBefore(chars("。”有关工作人员方立新说"), 8)).toBeNull();
  });
});

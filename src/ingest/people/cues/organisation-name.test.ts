import { describe, expect, it } from "vitest";
import { MAX_ORGANISATION_NAME_LENGTH, organisationNameStart } from "./organisation-name";

/** An owner is the text `县` here: it ends right before the organisation's name. */
const ownerIsCounty = (chars: string[]) => (end: number) => (chars[end - 1] === "县" ? end - 1 : null);
const start = (text: string, unitAt: string) => {
  const chars = Array.from(text);
  return organisationNameStart(chars, Array.from(text.slice(0, text.indexOf(unitAt))).length, ownerIsCounty(chars));
};

describe("an organisation's own name", () => {
  it("runs back to the owner that closes it", () => {
    expect(start("县卫生健康局", "局")).toBe(0);
    expect(start("县文化和旅游局", "局")).toBe(0);
  });

  it("is taken short with no owner at a sentence start or after a copula", () => {
    expect(start("。卫生局", "局")).toBe(1);
    expect(start("他是人民医院", "医院")).toBe(2);
    expect(start("，看望人民医院", "医院")).toBeNull();
    expect(start("。卫生健康委员局", "局")).toBeNull();
  });

  it("is not taken without an owner, across a function character, or longer than the limit", () => {
    expect(start("，落实卫生局", "局")).toBeNull();
    expect(start("县在卫生局", "局")).toBeNull();
    expect(start(`县${"卫".repeat(MAX_ORGANISATION_NAME_LENGTH + 1)}局`, "局")).toBeNull();
    expect(start(`县${"卫".repeat(MAX_ORGANISATION_NAME_LENGTH)}局`, "局")).toBe(0);
  });
});

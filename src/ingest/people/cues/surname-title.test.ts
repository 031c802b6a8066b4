import { describe, expect, it } from "vitest";
import { isSurnameAndTitle } from "./surname-title";

const isSurname = (c: string) => "张李".includes(c);

describe("a surname and a title", () => {
  it("is a form of address, not a name", () => {
    expect(isSurnameAndTitle("张院长", isSurname)).toBe(true);
    expect(isSurnameAndTitle("李总经理", isSurname)).toBe(true);
    expect(isSurnameAndTitle("张院生", isSurname)).toBe(false);
    expect(isSurnameAndTitle("禾院长", isSurname)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { ALL_COMPOUND_SURNAMES, COMPOUND_SURNAMES, surnameOf } from "./surnames";

describe("surnameOf", () => {
  it("prefers a compound surname", () => {
    expect(surnameOf("欧阳文清")).toBe("欧阳");
    expect(surnameOf("司马云")).toBe("司马");
    expect(surnameOf("诸葛亮")).toBe("诸葛");
  });
  it("finds single surnames, including polyphonic ones", () => {
    expect(surnameOf("覃玲玲")).toBe("覃");
    expect(surnameOf("曾梅青")).toBe("曾");
  });
  it("knows the older forms 萧 and 阎 beside 肖 and 闫", () => {
    expect(surnameOf("萧文远")).toBe("萧");
    expect(surnameOf("阎立新")).toBe("阎");
    expect(surnameOf("肖文远")).toBe("肖");
    expect(surnameOf("闫立新")).toBe("闫");
  });
  it("returns null for words that do not start with a surname", () => {
    expect(surnameOf("的确")).toBeNull();
  });
});

describe("compound surname lists", () => {
  it("keeps the rare ones, which are words in running text, out of the list in use", () => {
    expect(surnameOf("第五届")).toBeNull();
    expect(COMPOUND_SURNAMES.has("东门")).toBe(false);
    expect(ALL_COMPOUND_SURNAMES.has("第五")).toBe(true);
    expect([...COMPOUND_SURNAMES].filter((s) => !ALL_COMPOUND_SURNAMES.has(s))).toEqual([]);
  });
});

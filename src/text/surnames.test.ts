import { describe, expect, it } from "vitest";
import { surnameOf } from "./surnames";

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
  it("returns null for words that do not start with a surname", () => {
    expect(surnameOf("的确")).toBeNull();
  });
});

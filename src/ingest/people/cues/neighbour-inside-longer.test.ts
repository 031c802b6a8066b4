import { describe, expect, it } from "vitest";
import { neighbourOnlyInsideLonger } from "./neighbour-inside-longer";

describe("a neighbour written only run on from a longer name", () => {
  const texts = ["去年，柯远山刚来到村里。", "柯远山说。"];

  it("is a misreading when the article writes it nowhere else and the longer name twice or more", () => {
    expect(neighbourOnlyInsideLonger(texts, "柯远山", "山刚", "柯远山刚")).toBe(true);
  });

  it("is someone when written elsewhere, or when the longer name is written once", () => {
    expect(neighbourOnlyInsideLonger([...texts, "山刚笑了。"], "柯远山", "山刚", "柯远山刚")).toBe(false);
    expect(neighbourOnlyInsideLonger(["去年，柯远山刚来到村里。"], "柯远山", "山刚", "柯远山刚")).toBe(false);
  });
});

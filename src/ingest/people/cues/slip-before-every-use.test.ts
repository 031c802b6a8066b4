import { describe, expect, it } from "vitest";
import { surnameBeforeEveryUse } from "./slip-before-every-use";

describe("a surname written before every use of the given name", () => {
  it("is the name's surname, not a function word glued on", () => {
    const texts = ["那个年代的时来福精神仍在。", "时来福每天清晨出门。"];
    expect(surnameBeforeEveryUse(texts, "时", "来福")).toBe(true);
  });

  it("is glued on when the rest is written alone somewhere", () => {
    expect(surnameBeforeEveryUse(["那时来福还小。", "来福说。"], "时", "来福")).toBe(false);
  });

  it("is glued on when the character is no common surname", () => {
    expect(surnameBeforeEveryUse(["但波波夫说。"], "但", "波波夫")).toBe(false);
    expect(surnameBeforeEveryUse(["这和来福有关。"], "和", "来福")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { copulaTitlesAfter, MAX_COPULA_TITLES_LENGTH } from "./copula-titles";
import { titlesBefore } from "./title-phrase";
import { descriptionBefore } from "./description";

const rolesAfter = (text: string, name: string) => {
  const c = Array.from(text);
  const end = Array.from(text.slice(0, text.indexOf(name) + name.length)).length;
  return copulaTitlesAfter(
    c,
    end,
    (at) => titlesBefore(c, at),
    (at) => descriptionBefore(c, at),
  );
};

describe("copula titles", () => {
  it("reads the posts after a name and 是", () => {
    expect(rolesAfter("。王晓红是南岭市第一人民医院党委书记，今年春节", "王晓红")).toEqual([
      "南岭市第一人民医院党委书记",
    ]);
    expect(rolesAfter("。王晓红也是南岭县委常委、副县长。", "王晓红")).toEqual(["南岭县委常委", "副县长"]);
  });

  it("reads a description closing the chain, with the posts before it", () => {
    expect(rolesAfter("。王晓红是南岭市第一人民医院党委书记、急诊学专家，", "王晓红")).toEqual([
      "南岭市第一人民医院党委书记",
      "急诊学专家",
    ]);
  });

  it("reads nothing when the clause says anything else", () => {
    expect(rolesAfter("。王晓红是他最难忘的老师。", "王晓红")).toEqual([]);
    expect(rolesAfter("。王晓红说南岭县委常委也来了。", "王晓红")).toEqual([]);
    expect(rolesAfter("。王晓红是南岭县委常委", "王晓红")).toEqual([]);
    const long = "南岭".repeat(MAX_COPULA_TITLES_LENGTH / 2);
    expect(rolesAfter(`。王晓红是${long}大学教授。`, "王晓红")).toEqual([]);
  });
});

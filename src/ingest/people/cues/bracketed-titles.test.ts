import { describe, expect, it } from "vitest";
import { bracketedTitlesAfter, MAX_BRACKET_TITLES_LENGTH } from "./bracketed-titles";
import { titlesBefore } from "./title-phrase";
import { descriptionBefore } from "./description";

const rolesAfter = (text: string, name: string) => {
  const c = Array.from(text);
  const end = Array.from(text.slice(0, text.indexOf(name) + name.length)).length;
  return bracketedTitlesAfter(
    c,
    end,
    (at) => titlesBefore(c, at),
    (at) => descriptionBefore(c, at),
  );
};

describe("bracketed titles", () => {
  it("reads the posts in a bracket after a name", () => {
    expect(rolesAfter("。——王晓红（南岭大学历史学院教授）", "王晓红")).toEqual(["南岭大学历史学院教授"]);
    expect(rolesAfter("。——王晓红（南岭省社会科学院研究员、南岭省考古学会会长）", "王晓红")).toEqual([
      "南岭省社会科学院研究员",
      "南岭省考古学会会长",
    ]);
  });

  it("reads a description closing the chain, with the posts before it", () => {
    expect(rolesAfter("。——王晓红（南岭大学历史学院教授、考古学家）", "王晓红")).toEqual([
      "南岭大学历史学院教授",
      "考古学家",
    ]);
  });

  it("reads nothing when the bracket holds anything else", () => {
    expect(rolesAfter("。王晓红（左二）在查看", "王晓红")).toEqual([]);
    expect(rolesAfter("。王晓红（1921—2003）", "王晓红")).toEqual([]);
    expect(rolesAfter("。王晓红（他是南岭大学教授）说", "王晓红")).toEqual([]);
    expect(rolesAfter("。王晓红说（南岭大学教授）", "王晓红")).toEqual([]);
    const long = "南岭".repeat(MAX_BRACKET_TITLES_LENGTH / 2);
    expect(rolesAfter(`。王晓红（${long}大学教授）`, "王晓红")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { rolesSpanning } from "./spanned-roles";
import { titlesBefore } from "./title-phrase";
import { descriptionBefore } from "./description";

/** The roles filling the text between the two markers 【 and 】 (the markers are not read). */
const spanning = (text: string) => {
  const c = Array.from(text.replace("【", "").replace("】", ""));
  const start = Array.from(text.slice(0, text.indexOf("【"))).length;
  const end = Array.from(text.slice(0, text.indexOf("】"))).length - 1;
  return rolesSpanning(
    c,
    start,
    end,
    (at) => titlesBefore(c, at),
    (at) => descriptionBefore(c, at),
  );
};

describe("spanned roles", () => {
  it("reads titles and a closing description that fill the stretch", () => {
    expect(spanning("（【南岭县委常委、副县长】）")).toEqual(["南岭县委常委", "副县长"]);
    expect(spanning("（【南岭大学历史学院教授、考古学家】）")).toEqual(["南岭大学历史学院教授", "考古学家"]);
  });

  it("reads nothing when something in the stretch is no role", () => {
    expect(spanning("（【昨天见到南岭县委常委】）")).toEqual([]);
    expect(spanning("（【左二】）")).toEqual([]);
    expect(spanning("（【】）")).toEqual([]);
  });
});

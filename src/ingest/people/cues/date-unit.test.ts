import { describe, expect, it } from "vitest";
import { afterDateUnit } from "./date-unit";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);
/** The titles before the name `name` in `text`. */
const titles = (text: string, name: string) =>
  titlesBefore(chars(text), Array.from(text.slice(0, text.indexOf(name))).length);

describe("date unit before a title", () => {
  it("takes a date's unit after its digits off the title's front", () => {
    expect(afterDateUnit(chars("议会3月14日批准总统"), 6, 11)).toBe(7);
    expect(afterDateUnit(chars("2021年总统"), 4, 7)).toBe(5);
    expect(titles("某国议会3月14日批准总统阿达米签署的命令", "阿达米")).toEqual(["总统"]);
    expect(titles("某国3月14日总统阿达米说", "阿达米")).toEqual(["总统"]);
    expect(titles("2021年总统阿达米访问了邻国", "阿达米")).toEqual(["总统"]);
  });

  it("keeps a unit not after digits, and a school year", () => {
    expect(afterDateUnit(chars("每日批准总统"), 1, 6)).toBe(1);
    expect(afterDateUnit(chars("3年级班主任"), 1, 6)).toBe(1);
  });
});

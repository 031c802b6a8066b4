import { describe, expect, it } from "vitest";
import { cohortDescriptionStart } from "./cohort-description";

/** The description from where the reading starts (on `from`) to `name` in `text`, read with its cohort. */
const read = (text: string, from: string, name: string) => {
  const chars = Array.from(text);
  const at = cohortDescriptionStart(chars, Array.from(text.slice(0, text.indexOf(from))).length);
  return at === null ? null : chars.slice(at, Array.from(text.slice(0, text.indexOf(name))).length).join("");
};

describe("a student's cohort before a description", () => {
  it("is read with its year and, when it opens the clause, its school", () => {
    expect(read("。南山大学历史学院2031级博士研究生林小红说", "级博士", "林小红")).toBe(
      "南山大学历史学院2031级博士研究生",
    );
    expect(read("，南山师范学校31级学生林小红说", "级学生", "林小红")).toBe("南山师范学校31级学生");
    expect(read("。南山大学数学与统计学院2031级学生林小红说", "级学生", "林小红")).toBe(
      "南山大学数学与统计学院2031级学生",
    );
    // a 与 after no university opens the clause
    expect(read("。他们与统计学院2031级学生林小红说", "级学生", "林小红")).toBe("统计学院2031级学生");
  });

  it("keeps only the year when no school stands before it", () => {
    expect(read("。他们中，2031级博士研究生林小红说", "级博士", "林小红")).toBe("2031级博士研究生");
    expect(read("。会上有南山公司2031级学员林小红", "级学员", "林小红")).toBe("2031级学员");
  });

  it("reads nothing without a year before the 级", () => {
    expect(read("。高级工程师林小红说", "级工程师", "林小红")).toBeNull();
    expect(read("。第2级学员林小红说", "级学员", "林小红")).toBeNull();
  });
});

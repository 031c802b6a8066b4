import { describe, expect, it } from "vitest";
import { numberLines, pageLines } from "./page-lines";
import { run } from "./testing-lines";

describe("pageLines", () => {
  it("joins the runs of a row and splits it at a column gap", () => {
    const lines = numberLines(
      pageLines([run("甲乙", 0, 0), run("丙丁", 20, 0.5), run("第二栏", 70, 0), run("下一行", 0, 14)]),
    );
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, "甲乙丙丁"],
      [2, "第二栏"],
      [3, "下一行"],
    ]);
  });
  it("keeps a space where runs stand apart within a line", () => {
    expect(pageLines([run("Folio", 0, 0, 10, 25), run("v2", 29, 0, 10, 10)])[0]!.text).toBe("Folio v2");
  });
});

import { describe, expect, it } from "vitest";
import { pageLines } from "./page-lines";
import { run } from "./testing-lines";
import { isWideSpace, WIDE_SPACE_EMS } from "./wide-space";

describe("isWideSpace", () => {
  it("is a whitespace run wider than the threshold, not a narrow space or a run with text", () => {
    expect(isWideSpace(run(" ", 0, 0, 10, 10 * WIDE_SPACE_EMS + 1))).toBe(true);
    expect(isWideSpace(run(" ", 0, 0, 10, 10 * WIDE_SPACE_EMS - 1))).toBe(false);
    expect(isWideSpace(run("甲 乙", 0, 0, 10, 134))).toBe(false);
  });
});

describe("pageLines with PDF.js's whitespace item over a gap", () => {
  it("splits two pieces of one baseline at a ~134 pt whitespace item", () => {
    // PDF.js spans the move inside one text run with a whitespace item from end to start.
    const items = [run("城市更新", 30, 56, 22, 88), run(" ", 118, 56, 22, 134), run("乡村振兴", 252, 56, 22, 88)];
    expect(pageLines(items).map((l) => l.text)).toEqual(["城市更新", "乡村振兴"]);
  });
  it("keeps a letter-spaced name's whitespace items (2 ems) as spaces of one line", () => {
    const items = [
      run("何", 0, 0, 9, 9),
      run(" ", 9, 0, 9, 18),
      run("文", 27, 0, 9, 9),
      run(" ", 36, 0, 9, 18),
      run("萍", 54, 0, 9, 9),
    ];
    expect(pageLines(items).map((l) => l.text)).toEqual(["何 文 萍"]);
  });
  it("keeps a narrow whitespace item as a space in the line", () => {
    const items = [run("Folio", 0, 0, 10, 25), run(" ", 25, 0, 10, 4), run("v2", 29, 0, 10, 10)];
    expect(pageLines(items).map((l) => l.text)).toEqual(["Folio v2"]);
  });
});

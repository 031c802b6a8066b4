import { describe, expect, it } from "vitest";
import { labelledCreditLineRuns } from "./credit-label-line";

const names = (line: string) => {
  const chars = Array.from(line);
  return labelledCreditLineRuns(chars).map((r) => chars.slice(r.start, r.end).join(""));
};

describe("a line of labelled credits side by side", () => {
  it("reads each labelled part, a photographer's label first too, with or without blanks between", () => {
    expect(names("本版摄影：郁青山版式设计：柏晓雯")).toEqual(["郁青山", "柏晓雯"]);
    expect(names("本版摄影：郁青山  版式设计：柏晓雯")).toEqual(["郁青山", "柏晓雯"]);
  });

  it("leaves a one-label line to credit-label.ts and a line that is text alone", () => {
    expect(names("版式设计：柏晓雯")).toEqual([]);
    expect(names("本版摄影：郁青山")).toEqual([]);
    expect(names("摄影师郁青山说，版式设计：柏晓雯")).toEqual([]);
  });
});

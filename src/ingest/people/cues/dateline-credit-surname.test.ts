import { describe, expect, it } from "vitest";
import { datelineCreditRuns } from "./dateline-credit";
import { isDatelineCreditNameShaped } from "./dateline-credit-surname";

const names = (text: string) =>
  datelineCreditRuns(Array.from(text)).map((run) => Array.from(text).slice(run.start, run.end).join(""));

describe("a function-character surname in a dateline's credit", () => {
  it("starts a name there", () => {
    expect(isDatelineCreditNameShaped(Array.from("向英华"))).toBe(true);
    expect(isDatelineCreditNameShaped(Array.from("向华"))).toBe(true);
    expect(isDatelineCreditNameShaped(Array.from("柯明峰"))).toBe(true);
    // not alone, not with a function character in the given name, not over three characters
    expect(isDatelineCreditNameShaped(Array.from("向"))).toBe(false);
    expect(isDatelineCreditNameShaped(Array.from("向的"))).toBe(false);
    expect(isDatelineCreditNameShaped(Array.from("向英华明"))).toBe(false);
  });

  it("keeps the bracket after the dateline a credit", () => {
    expect(names("本报成都10月15日电  （柯明峰、向英华）看完新公园")).toEqual(["柯明峰", "向英华"]);
    expect(names("本报成都10月15日电  （向英华）看完新公园")).toEqual(["向英华"]);
    expect(names("本报成都10月15日电  （向大家介绍）看完")).toEqual([]);
  });
});

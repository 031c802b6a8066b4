import { describe, expect, it } from "vitest";
import { printedFacts } from "./printed-facts";

describe("printedFacts", () => {
  it("reads the date, the page and the paper off the page header", () => {
    expect(printedFacts(["7 理论", "2018年1月2日 星期二", "人民日报"])).toEqual({
      paper: "人民日报",
      date: "2018-01-02",
      pageNo: 7,
      pageName: "理论",
    });
  });
  it("says nothing it does not read, and no impossible date", () => {
    expect(printedFacts(["2018年2月30日"])).toEqual({ paper: null, date: null, pageNo: null, pageName: null });
  });
});

import { describe, expect, it } from "vitest";
import { formatIssueDate, pageLabel } from "./format-date";

describe("formatIssueDate", () => {
  it("gives the date and weekday of a printed date", () => {
    expect(formatIssueDate({ date: "1998-01-01", dateApproximate: false })).toBe("1998年1月1日 星期四");
  });
  it("marks an inferred date and gives no weekday", () => {
    expect(formatIssueDate({ date: "2023-02-26", dateApproximate: true })).toBe("约2023年2月26日");
  });
});

describe("pageLabel", () => {
  it("names the page when the metadata does", () => {
    expect(pageLabel({ no: 1, name: "要闻" })).toBe("第1版 · 要闻");
    expect(pageLabel({ no: 4, name: null })).toBe("第4版");
  });
});

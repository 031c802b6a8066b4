import { describe, expect, it } from "vitest";
import { formatMonth, isMonth, issueMonths, monthWeeks } from "./calendar";

describe("calendar", () => {
  it("lays a month out in Monday-first weeks", () => {
    const weeks = monthWeeks("1998-01");
    // 1 January 1998 was a Thursday.
    expect(weeks[0]!.map((d) => d.day)).toEqual([null, null, null, 1, 2, 3, 4]);
    expect(weeks.at(-1)!.map((d) => d.day)).toEqual([26, 27, 28, 29, 30, 31, null]);
    expect(weeks.flat().filter((d) => d.date !== null)).toHaveLength(31);
  });
  it("knows leap Februaries", () => {
    expect(
      monthWeeks("2024-02")
        .flat()
        .filter((d) => d.date !== null)
        .at(-1)!.date,
    ).toBe("2024-02-29");
    expect(
      monthWeeks("2023-02")
        .flat()
        .filter((d) => d.date !== null)
        .at(-1)!.date,
    ).toBe("2023-02-28");
  });
  it("lists the months that have issues, newest first", () => {
    expect(issueMonths(["1998-01-02", "1998-02-01", "1998-01-31"])).toEqual(["1998-02", "1998-01"]);
  });
  it("tells months from dates", () => {
    expect(isMonth("1998-01")).toBe(true);
    expect(isMonth("1998-01-01")).toBe(false);
    expect(isMonth("1998-13")).toBe(false);
    expect(formatMonth("1998-01")).toBe("1998年1月");
  });
});

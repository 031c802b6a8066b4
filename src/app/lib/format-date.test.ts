import { describe, expect, it } from "vitest";
import {
  formatDay,
  formatIssueDate,
  formatMonth,
  formatMonthShort,
  formatWeekday,
  formatWeekdayShort,
  pageLabel,
} from "./format-date";

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

describe("Chinese dates without Intl", () => {
  it("are what Intl's zh-CN gives, every 13th day from 1946 to 2031", () => {
    const intl = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat("zh-CN", { ...options, timeZone: "UTC" });
    const day = intl({ year: "numeric", month: "long", day: "numeric" });
    const weekday = intl({ weekday: "long" });
    const weekdayShort = intl({ weekday: "narrow" });
    const month = intl({ year: "numeric", month: "long" });
    const monthShort = intl({ month: "numeric" });
    let checked = 0;
    for (let t = Date.UTC(1946, 0, 1); t < Date.UTC(2031, 0, 1); t += 13 * 86_400_000) {
      const date = new Date(t);
      const iso = date.toISOString().slice(0, 10);
      expect(formatDay(iso)).toBe(day.format(date));
      expect(formatWeekday(iso)).toBe(weekday.format(date));
      expect(formatWeekdayShort(iso)).toBe(weekdayShort.format(date));
      expect(formatMonth(iso.slice(0, 7))).toBe(month.format(date));
      expect(formatMonthShort(iso.slice(0, 7))).toBe(monthShort.format(date));
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

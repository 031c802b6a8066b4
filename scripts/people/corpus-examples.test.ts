import { describe, expect, it } from "vitest";
import { articlesOfDays, lastDay, parseDays } from "./corpus-examples";

describe("parseDays", () => {
  it("reads one run of days", () => {
    expect(parseDays("1-20")).toEqual([[1, 20]]);
  });

  it("reads a list of runs and single days, in day order", () => {
    expect(parseDays("11-20,1-5,7")).toEqual([
      [1, 5],
      [7, 7],
      [11, 20],
    ]);
  });

  it("refuses runs outside the month, backwards or overlapping", () => {
    expect(() => parseDays("0-5")).toThrow(/within 1-31/u);
    expect(() => parseDays("20-32")).toThrow(/within 1-31/u);
    expect(() => parseDays("9-3")).toThrow(/within 1-31/u);
    expect(() => parseDays("1-10,5-12")).toThrow(/overlap/u);
    expect(() => parseDays("1-5;6-9")).toThrow(/like 1-20/u);
  });

  it("gives the last day of all runs", () => {
    expect(lastDay(parseDays("21-25,1-5"))).toBe(25);
  });
});

describe("articlesOfDays", () => {
  it("keeps the articles of every run and none between them", () => {
    const articles = [3, 6, 10, 11, 21].map((d) => ({ date: `199801${String(d).padStart(2, "0")}` }));
    const kept = articlesOfDays(articles, parseDays("1-5,11-20"));
    expect(kept.map((a) => a.date)).toEqual(["19980103", "19980111"]);
  });
});

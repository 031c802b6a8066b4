import { describe, expect, it } from "vitest";
import type { IssueEntry } from "@/bundle/schema";
import { buildPaperArchive } from "./build-archive-index";

const entry = (date: string, articleCount = 2, dateApproximate = false): IssueEntry => ({
  date,
  dateApproximate,
  dateNote: null,
  file: `issues/rmrb/${date}.abc.json`,
  pageCount: 1,
  articleCount,
});

describe("buildPaperArchive", () => {
  const archive = buildPaperArchive("rmrb", [
    entry("1998-01-02"),
    entry("2020-05-01", 5),
    entry("1998-01-01", 3, true),
    entry("2019-12-31"),
    entry("2020-01-02"),
  ]);

  it("groups the issues into years, newest first, each year's issues oldest first (a new day is appended)", () => {
    expect(archive.years.map((y) => [y.year, y.issues.map((i) => i.date)])).toEqual([
      [2020, ["2020-01-02", "2020-05-01"]],
      [2019, ["2019-12-31"]],
      [1998, ["1998-01-01", "1998-01-02"]],
    ]);
    expect(archive.years.every((y) => y.paper === "rmrb" && y.type === "folio/year")).toBe(true);
  });

  it("links each year to the nearest issues outside it, across gaps of years", () => {
    expect(archive.years.map((y) => [y.before?.date ?? null, y.after?.date ?? null])).toEqual([
      ["2019-12-31", null],
      ["1998-01-02", "2020-01-02"],
      [null, "2019-12-31"],
    ]);
  });

  it("keeps for the manifest only counts, the latest issue and the inferred dates", () => {
    expect(archive.issueCount).toBe(5);
    expect(archive.articleCount).toBe(2 + 5 + 3 + 2 + 2);
    expect(archive.latest?.date).toBe("2020-05-01");
    expect(archive.approximateDates).toEqual(["1998-01-01"]);
  });

  it("has nothing for a paper without issues", () => {
    expect(buildPaperArchive("x", [])).toEqual({
      issueCount: 0,
      articleCount: 0,
      latest: null,
      approximateDates: [],
      years: [],
    });
  });
});

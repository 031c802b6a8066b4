import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type IssueEntry, type YearIndex } from "@/bundle/schema";
import { neighbourIssues, neighbourMonths, yearRuns } from "./archive-navigation";

const entry = (date: string): IssueEntry => ({
  date,
  dateApproximate: false,
  dateNote: null,
  file: `issues/rmrb/${date}.abc.json`,
  pageCount: 1,
  articleCount: 1,
});
const day = (date: string) => ({ date, dateApproximate: false, dateNote: null });

const y2019: YearIndex = {
  type: "folio/year",
  version: BUNDLE_VERSION,
  paper: "rmrb",
  year: 2019,
  issues: ["2019-02-01", "2019-02-28", "2019-10-01", "2019-10-02"].map(entry),
  before: day("1998-01-31"),
  after: day("2020-01-01"),
};

describe("neighbourIssues", () => {
  it("steps across a month boundary inside the year", () => {
    expect(neighbourIssues(y2019, "2019-10-01")).toMatchObject({
      older: { date: "2019-02-28" },
      newer: { date: "2019-10-02" },
    });
  });
  it("steps across the year's edges, over years without issues", () => {
    expect(neighbourIssues(y2019, "2019-02-01").older).toEqual(day("1998-01-31"));
    expect(neighbourIssues(y2019, "2019-10-02").newer).toEqual(day("2020-01-01"));
  });
  it("has no neighbours for a date the year does not have", () => {
    expect(neighbourIssues(y2019, "2019-05-05")).toEqual({ older: null, newer: null });
  });
});

describe("neighbourMonths", () => {
  it("skips the empty months and crosses years", () => {
    expect(neighbourMonths(y2019, "2019-10")).toEqual({ older: "2019-02", newer: "2020-01" });
    expect(neighbourMonths(y2019, "2019-02")).toEqual({ older: "1998-01", newer: "2019-10" });
    expect(neighbourMonths({ ...y2019, before: null, after: null }, "2019-02")).toEqual({
      older: null,
      newer: "2019-10",
    });
  });
});

describe("yearRuns", () => {
  it("names the runs of years without issues", () => {
    expect(yearRuns([2020, 1998, 2019, 2001])).toEqual([
      { kind: "year", year: 1998 },
      { kind: "gap", from: 1999, to: 2000 },
      { kind: "year", year: 2001 },
      { kind: "gap", from: 2002, to: 2018 },
      { kind: "year", year: 2019 },
      { kind: "year", year: 2020 },
    ]);
  });
});

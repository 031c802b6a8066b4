import { describe, expect, it } from "vitest";
import { hitAddress, readSearchParams, writeSearchParams } from "./search-params";

describe("search params", () => {
  it("round-trips a search through the URL", () => {
    const state = {
      q: "乡村振兴 茂南",
      filters: { dateFrom: "2023-01-01", dateTo: "2023-03-01", paper: "maonan", page: 1, person: "廖述毅" },
      sort: "title-first" as const,
    };
    expect(readSearchParams(writeSearchParams(state))).toEqual(state);
  });
  it("drops malformed values", () => {
    expect(readSearchParams(new URLSearchParams("q=x&from=yesterday&page=-1&paper=<b>&sort=oldest"))).toEqual({
      q: "x",
      filters: {},
      sort: "newest",
    });
  });
  it("reads a hit's article address", () => {
    expect(hitAddress("maonan/2023-02-26/1-4")).toEqual({ paper: "maonan", date: "2023-02-26", page: 1, seq: 4 });
    expect(hitAddress("bad")).toBeNull();
  });
});

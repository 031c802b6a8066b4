import { describe, expect, it } from "vitest";
import { BAND_LABELS, occurrencesOf, probabilityBand, spanRank } from "./near-misses";

describe("probabilityBand", () => {
  it("puts a probability in the band whose upper edge it is under", () => {
    expect(BAND_LABELS[probabilityBand(0)]).toBe("<1e-3");
    expect(BAND_LABELS[probabilityBand(0.005)]).toBe("1e-3–0.01");
    expect(BAND_LABELS[probabilityBand(0.01)]).toBe("0.01–0.1");
    expect(BAND_LABELS[probabilityBand(0.2)]).toBe("0.1–0.3");
    expect(BAND_LABELS[probabilityBand(0.3)]).toBe("0.3–0.5");
    expect(BAND_LABELS[probabilityBand(0.5)]).toBe("≥0.5");
    expect(BAND_LABELS[probabilityBand(1)]).toBe("≥0.5");
  });
});

describe("spanRank", () => {
  // a made-up scorer over 6 characters: the span [1, 3) is 0.4, [2, 5) 0.5, [0, 2) 0.4, the rest 0.01
  const scores = new Map([
    ["1,3", 0.4],
    ["2,5", 0.5],
    ["0,2", 0.4],
  ]);
  const probability = (a: number, b: number) => scores.get(`${a},${b}`) ?? 0.01;

  it("counts the overlapping spans that the tagger likes better", () => {
    expect(spanRank(6, 1, 3, probability)).toBe(2); // [2, 5) beats it, [0, 2) ties
    expect(spanRank(6, 2, 5, probability)).toBe(1);
  });

  it("does not count spans that do not overlap", () => {
    expect(spanRank(6, 3, 5, probability)).toBe(2); // [2, 5) beats it; [1, 3) and [0, 2) end before it
  });
});

describe("occurrencesOf", () => {
  it("finds every start of a name", () => {
    expect(occurrencesOf(Array.from("王刚说王刚"), "王刚")).toEqual([0, 3]);
    expect(occurrencesOf(Array.from("王"), "王刚")).toEqual([]);
  });
});

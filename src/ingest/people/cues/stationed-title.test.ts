import { describe, expect, it } from "vitest";
import { stationedTitleStart } from "./stationed-title";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);
const PLACES = new Set(["中国", "白沙", "联合国"]);

describe("stationed title", () => {
  it("reads back over 驻 to the sender", () => {
    expect(stationedTitleStart(chars("中国驻白沙大使"), 3, 7, PLACES)).toBe(0);
    expect(stationedTitleStart(chars("中国常驻联合国代表"), 4, 9, PLACES)).toBe(0);
    expect(stationedTitleStart(chars("，我国驻白沙大使"), 4, 8, PLACES)).toBe(1);
    expect(stationedTitleStart(chars("白沙大使"), 0, 4, PLACES)).toBeNull();
  });

  it("gives the whole title as printed", () => {
    expect(titlesBefore(chars("中国驻白沙大使方立新观看演出"), 7, PLACES)).toEqual(["中国驻白沙大使"]);
    expect(titlesBefore(chars("白沙大使方立新观看演出"), 4, PLACES)).toEqual(["白沙大使"]);
  });
});

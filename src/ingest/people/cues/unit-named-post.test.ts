import { describe, expect, it } from "vitest";
import { unitNamedPostStart } from "./unit-named-post";
import { titleEndingAt, titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);
const PLACES = new Set(["东岭"]);
const start = (s: string) => unitNamedPostStart(chars(s), chars(s).length, (c, e) => titleEndingAt(c, e, PLACES));

describe("unit-named post", () => {
  it("reads the unit's word and 长 after the unit", () => {
    expect(start("。东岭铁路建设指挥部指挥长")).toBe(1);
    expect(start("，东岭电力抢险突击队突击长")).toBe(1);
  });

  it("needs the unit's word repeated right after the unit", () => {
    expect(start("。东岭铁路建设指挥部挥长")).toBeNull();
    expect(start("。东岭铁路建设指挥长")).toBeNull();
    expect(start("。东岭铁路建设指挥部部长")).toBeNull();
  });

  it("gives the whole title before a name", () => {
    const text = chars("。”东岭铁路建设指挥部指挥长方立新说");
    expect(titlesBefore(text, 14, PLACES)).toEqual(["东岭铁路建设指挥部指挥长"]);
  });
});

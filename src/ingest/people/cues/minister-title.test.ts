import { describe, expect, it } from "vitest";
import { ministerTitleStart } from "./minister-title";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);
const PLACES = new Set(["日本", "东岭"]);

describe("minister title", () => {
  it("reads a field or a ministry and 相 where a list item starts", () => {
    expect(ministerTitleStart(chars("、文化相"), 4)).toBe(1);
    expect(ministerTitleStart(chars("、外务省副相"), 6)).toBe(1);
    expect(ministerTitleStart(chars("，厚生劳动省相"), 7)).toBe(1);
    expect(ministerTitleStart(chars("日本防卫相"), 5, PLACES)).toBe(0);
  });

  it("leaves words ending in 相 and posts not at a start alone", () => {
    expect(ministerTitleStart(chars("，互相"), 3)).toBeNull();
    expect(ministerTitleStart(chars("，亮相"), 3)).toBeNull();
    expect(ministerTitleStart(chars("他们文化相"), 5)).toBeNull();
    expect(ministerTitleStart(chars("、文化部"), 4)).toBeNull();
  });

  it("gives the posts to the names in a list", () => {
    const text = chars("会见了东岭内阁副总理方立新、文化相金北山、外务省副相高东林");
    expect(titlesBefore(text, 17, PLACES)).toEqual(["文化相"]);
    expect(titlesBefore(text, 26, PLACES)).toEqual(["外务省副相"]);
  });
});

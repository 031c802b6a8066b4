import { describe, expect, it } from "vitest";
import { MAX_OUTER_PLACES, outerPlaceStart } from "./outer-place";

/** Known places of the text `text`, looked up as the title reader does: the longest ending at `at`. */
const reader = (text: string, places: readonly string[]) => {
  const chars = Array.from(text);
  return (at: number) => {
    for (let len = 6; len >= 2; len--)
      if (at - len >= 0 && places.includes(chars.slice(at - len, at).join(""))) return len;
    return 0;
  };
};

describe("a known place before the title's own place", () => {
  it("is read as the title's place", () => {
    // 南岭|北山 政府首席大臣: the inner place 北山 starts at 3
    expect(outerPlaceStart(3, reader("，南岭北山政府首席大臣", ["南岭", "北山"]))).toBe(1);
  });

  it("leaves a place with no known place before it", () => {
    expect(outerPlaceStart(3, reader("，会见北山政府首席大臣", ["南岭", "北山"]))).toBe(3);
  });

  it("reads at most MAX_OUTER_PLACES places", () => {
    const text = "，东岭西岭南岭北山政府首席大臣";
    expect(outerPlaceStart(9, reader(text, ["东岭", "西岭", "南岭", "北山"]))).toBe(9 - 2 * MAX_OUTER_PLACES);
  });
});

import { describe, expect, it } from "vitest";
import { isCountryName, isPlaceName, placeListItems } from "./place-names";

const items = (text: string, known: string[] = []) => {
  const chars = Array.from(text);
  return placeListItems(chars, new Set(known)).map((s) => chars.slice(s.start, s.end).join(""));
};

describe("place names", () => {
  it("knows China's places with or without their level, and countries", () => {
    expect(isPlaceName("武威")).toBe(true);
    expect(isPlaceName("金凤")).toBe(true);
    expect(isPlaceName("张掖市")).toBe(true);
    expect(isPlaceName("塞内加尔")).toBe(true);
    expect(isPlaceName("张守成")).toBe(false);
    expect(isCountryName("塞内加尔")).toBe(true);
    expect(isCountryName("武威")).toBe(false);
  });

  it("reads a 、 list that is mostly places as places, and a list of people as people", () => {
    expect(items("考察组还去了：兰州、甘南、武威、张掖、酒泉等地")).toEqual(["兰州", "甘南", "武威", "张掖", "酒泉"]);
    expect(items("出席的有张掖、王刚、李华、刘明")).toEqual([]);
    expect(items("甘南、王刚", ["甘南"])).toEqual([]);
  });
});

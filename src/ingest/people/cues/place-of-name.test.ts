import { describe, expect, it } from "vitest";
import { placeOfNameAt } from "./place-of-name";

const PLACES = new Set(["山东", "江苏"]);
const at = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return placeOfNameAt(chars, start, start + Array.from(name).length, PLACES);
};

describe("a name after its place and 的", () => {
  it("vouches for a name after a country or a known place and 的 that ends its item", () => {
    expect(at("印尼的张海丽，丹麦的马尔廷和韩国的金志贤", "马尔廷")).toBe(true);
    expect(at("全国少年冠军山东的高曦、少年亚军江苏的李薇。", "高曦")).toBe(true);
    expect(at("全国少年冠军山东的高曦、少年亚军江苏的李薇。", "李薇")).toBe(true);
  });

  it("does not where the item goes on, 的 is missing or no place stands before it", () => {
    expect(at("山东的高曦来了", "高曦")).toBe(false);
    expect(at("山东高曦、", "高曦")).toBe(false);
    expect(at("美丽的高曦、", "高曦")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { ageSlotAt } from "./age-slot";

const slots = (text: string) => {
  const chars = Array.from(text);
  return chars.flatMap((_, at) => (ageSlotAt(chars, at) ? [chars.slice(at, at + 3).join("")] : []));
};

describe("a name slot after an age", () => {
  it("opens after <number>岁的, in full-width, ASCII or Chinese numerals", () => {
    expect(slots("今年４８岁的柯远山原是矿工。")).toEqual(["柯远山"]);
    expect(slots("23岁的宁小禾说")).toEqual(["宁小禾"]);
    expect(slots("六十五岁的卫明领到了")).toEqual(["卫明领"]);
  });

  it("needs both the number and 岁的", () => {
    expect(slots("岁的柯远山")).toEqual([]);
    expect(slots("４８岁柯远山")).toEqual([]);
    expect(slots("几岁的孩子")).toEqual([]);
  });
});

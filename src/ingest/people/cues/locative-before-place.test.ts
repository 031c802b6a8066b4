import { describe, expect, it } from "vitest";
import { nearnessWordEndsAt } from "./locative-before-place";
import { titlesBefore } from "./title-phrase";

describe("a place's name after a word of nearness", () => {
  it("knows the words of nearness", () => {
    expect(nearnessWordEndsAt(Array.from("让附近长乐村"), 3)).toBe(true);
    expect(nearnessWordEndsAt(Array.from("让附近长乐村"), 2)).toBe(false);
    expect(nearnessWordEndsAt(Array.from("让来到长乐村"), 3)).toBe(false);
  });

  it("reads the village's name into the title", () => {
    const chars = Array.from("它的关闭，让附近长乐村党支部书记罗家兴长舒了一口气");
    expect(titlesBefore(chars, chars.indexOf("罗"))).toEqual(["长乐村党支部书记"]);
  });
});

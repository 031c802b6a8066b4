import { describe, expect, it } from "vitest";
import { nearnessWordEndsAt } from "./locative-before-place";
import { titlesBefore } from "./title-phrase";

describe("a place's name after a word of nearness", () => {
  it("knows the words of nearness", () => {
    expect(nearnessWordEndsAt(Array.from("让附近青禾村"), 3)).toBe(true);
    expect(nearnessWordEndsAt(Array.from("让附近青禾村"), 2)).toBe(false);
    expect(nearnessWordEndsAt(Array.from("让来到青禾村"), 3)).toBe(false);
  });

  it("reads the village's name into the title", () => {
    const chars = Array.from("新桥的通车，让附近青禾村党支部书记滕家兴乐开了花");
    expect(titlesBefore(chars, chars.indexOf("滕"))).toEqual(["青禾村党支部书记"]);
  });
});

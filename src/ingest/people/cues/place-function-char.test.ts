import { describe, expect, it } from "vitest";
import { insideKnownPlace } from "./place-function-char";

const places = new Set(["南岭", "协和"]);
const chars = Array.from("南岭协和医院西院医生柯维");

describe("a function character inside a known place", () => {
  it("is inside when a known place covers it and ends before the limit", () => {
    expect(insideKnownPlace(chars, 3, 10, places)).toBe(true);
  });

  it("is not inside a place that runs past the limit, nor where no place covers it", () => {
    expect(insideKnownPlace(chars, 3, 3, places)).toBe(false);
    expect(insideKnownPlace(Array.from("南岭和医院"), 2, 5, places)).toBe(false);
  });
});

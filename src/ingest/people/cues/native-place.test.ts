import { describe, expect, it } from "vitest";
import { isNativePlace } from "./native-place";

const places = new Set(["河北"]);

describe("a native place read as a description", () => {
  it("takes a known place or an admin level before 人 as where someone is from", () => {
    expect(isNativePlace("河北清河人", places)).toBe(true);
    expect(isNativePlace("清河县人", places)).toBe(true);
  });

  it("keeps person nouns ending in 人 and phrases with no place", () => {
    expect(isNativePlace("河北老人", places)).toBe(false);
    expect(isNativePlace("非遗传承人", places)).toBe(false);
    expect(isNativePlace("清河人", new Set())).toBe(false);
  });
});

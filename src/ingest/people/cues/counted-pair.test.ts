import { describe, expect, it } from "vitest";
import { isPairSecond, uncountedRole } from "./counted-pair";

describe("counted pair", () => {
  it("takes the count of people off a role", () => {
    expect(uncountedRole("两名党员护士")).toBe("党员护士");
    expect(uncountedRole("3位专家")).toBe("专家");
    expect(uncountedRole("十二名队员")).toBe("队员");
  });

  it("leaves a role without a count, one person and a bare count alone", () => {
    expect(uncountedRole("党员护士")).toBeNull();
    expect(uncountedRole("一名护士")).toBeNull();
    expect(uncountedRole("两名")).toBeNull();
    expect(uncountedRole("两项专家意见")).toBeNull();
  });

  it("finds the second name of a pair", () => {
    const chars = Array.from("护士张欢和李敏说");
    const ends = (end: number) => end === 4;
    expect(isPairSecond(chars, 5, ends)).toBe(true);
    expect(isPairSecond(chars, 2, ends)).toBe(false);
    expect(isPairSecond(Array.from("护士张欢说李敏"), 5, ends)).toBe(false);
  });
});

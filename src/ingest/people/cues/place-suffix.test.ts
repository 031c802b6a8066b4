import { describe, expect, it } from "vitest";
import { isFollowedByPlaceSuffix } from "./place-suffix";

describe("place suffix", () => {
  it("sees a place where a name-like string runs into 村, 园, 路 (seed)", () => {
    expect(isFollowedByPlaceSuffix(Array.from("丰田村代表队"), 2)).toBe(true);
    expect(isFollowedByPlaceSuffix(Array.from("到王府井街参观"), 4)).toBe(true);
  });

  it("not where the character starts a title, or no suffix follows", () => {
    expect(isFollowedByPlaceSuffix(Array.from("王大林村长说"), 3)).toBe(false);
    expect(isFollowedByPlaceSuffix(Array.from("张大林市长说"), 3)).toBe(false);
    expect(isFollowedByPlaceSuffix(Array.from("中共岳阳市委书记"), 4)).toBe(true);
    expect(isFollowedByPlaceSuffix(Array.from("李鹏说"), 2)).toBe(false);
  });
});

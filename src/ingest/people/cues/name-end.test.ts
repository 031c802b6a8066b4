import { describe, expect, it } from "vitest";
import { extendsOverDanglingChar } from "./name-end";

describe("dangling function character", () => {
  it("belongs to the name when punctuation follows it (seed: 县长欧树和，)", () => {
    expect(extendsOverDanglingChar(Array.from("县长欧树和，"), 2, 4)).toBe(true);
  });

  it("is a conjunction when a word follows it, or when the name is already full", () => {
    expect(extendsOverDanglingChar(Array.from("欧树和王五"), 0, 2)).toBe(false);
    expect(extendsOverDanglingChar(Array.from("欧阳树林和，"), 0, 4)).toBe(false);
    expect(extendsOverDanglingChar(Array.from("会议和，"), 0, 2)).toBe(false);
  });

  it("governs what an opening quote or title mark starts (陶铸同“四人帮”斗争)", () => {
    expect(extendsOverDanglingChar(Array.from("陶铸同“四人帮”斗争"), 0, 2)).toBe(false);
    expect(extendsOverDanglingChar(Array.from("林禾和《红楼梦》"), 0, 2)).toBe(false);
    expect(extendsOverDanglingChar(Array.from("县长林禾和”"), 2, 4)).toBe(true);
  });

  it("is a particle closing the phrase when it is 等, 的 or 了 (选手陈露等。)", () => {
    expect(extendsOverDanglingChar(Array.from("选手陈露等。"), 2, 4)).toBe(false);
    expect(extendsOverDanglingChar(Array.from("是陈露的。"), 1, 3)).toBe(false);
    expect(extendsOverDanglingChar(Array.from("轮到陈露了。"), 2, 4)).toBe(false);
  });
});

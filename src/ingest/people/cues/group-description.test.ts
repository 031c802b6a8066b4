import { describe, expect, it } from "vitest";
import { groupMayBeDescribed, isGroupDescription, MIN_GROUP_NAMES } from "./group-description";
import { groupTitleAfter } from "./group-title";

const chars = (s: string) => Array.from(s);
const names =
  (...spans: [number, number][]) =>
  (at: number) =>
    spans.find(([s]) => s === at)?.[1] ?? null;

describe("group description", () => {
  it("lets a description after 等 close a list of two names or more", () => {
    expect(groupMayBeDescribed(true, MIN_GROUP_NAMES, false)).toBe(true);
    expect(groupMayBeDescribed(true, 1, false)).toBe(false);
    expect(groupMayBeDescribed(false, 3, false)).toBe(false);
    expect(groupMayBeDescribed(false, 1, true)).toBe(true);
  });

  it("gives every name of the list the description after 等, without a count", () => {
    const text = chars("会上，王立新、宋国栋等医生讲述了经历。");
    const found = names([3, 6], [7, 10]);
    const endsAt = (end: number) => end === 6 || end === 10;
    expect(groupTitleAfter(text, { start: 3, end: 6 }, found, endsAt)).toBe("医生");
    expect(groupTitleAfter(text, { start: 7, end: 10 }, found, endsAt)).toBe("医生");
    const heroes = chars("陈建华、李明辉等公安英模群像闪现。");
    const heroNames = names([0, 3], [4, 7]);
    expect(groupTitleAfter(heroes, { start: 0, end: 3 }, heroNames, (e) => e === 3 || e === 7)).toBe("公安英模");
  });

  it("leaves a long description and one ending in 人 after 等 without a count", () => {
    const praise = chars("启用濮立新、徐明帆等实力派演员。");
    const found = names([2, 5], [6, 9]);
    expect(groupTitleAfter(praise, { start: 2, end: 5 }, found, (e) => e === 5 || e === 9)).toBeNull();
    const known = chars("陈列刘长青、苏明等历代名人的诗文。");
    expect(groupTitleAfter(known, { start: 2, end: 5 }, names([2, 5], [6, 8]), (e) => e === 5 || e === 8)).toBeNull();
    expect(isGroupDescription("实力派演员", true)).toBe(true);
    expect(isGroupDescription("京昆名家", false)).toBe(true);
  });

  it("gives nothing after one name (等 may be the verb), nor to a verb after 等", () => {
    expect(groupTitleAfter(chars("张伟等医生来了再说。"), { start: 0, end: 2 }, names([0, 2]))).toBeNull();
    const verb = chars("王立新、宋国栋等参加了会议。");
    expect(groupTitleAfter(verb, { start: 0, end: 3 }, names([0, 3], [4, 7]), (e) => e === 3 || e === 7)).toBeNull();
  });
});

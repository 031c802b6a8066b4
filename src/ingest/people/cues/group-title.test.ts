import { describe, expect, it } from "vitest";
import { groupTitleAfter } from "./group-title";

const chars = (s: string) => Array.from(s);
/** Names given as [start, end) pairs of the text. */
const names =
  (...spans: [number, number][]) =>
  (at: number) =>
    spans.find(([s]) => s === at)?.[1] ?? null;

describe("group title", () => {
  it("gives the title after 等 to every name of the group", () => {
    const text = chars("记者邀请周海涛、林秀英等专家会诊。");
    const found = names([4, 7], [8, 11]);
    expect(groupTitleAfter(text, { start: 4, end: 7 }, found)).toBe("专家");
    expect(groupTitleAfter(text, { start: 8, end: 11 }, found)).toBe("专家");
    const joined = chars("南岭医院的王大明和李小红等三名代表发言。");
    expect(groupTitleAfter(joined, { start: 5, end: 8 }, names([5, 8], [9, 12]))).toBe("代表");
  });

  it("gives nothing to 等人, a longer word, a broken group or a count of things", () => {
    expect(groupTitleAfter(chars("赵刚和钱进等人参加。"), { start: 0, end: 2 }, names([0, 2], [3, 5]))).toBeNull();
    expect(groupTitleAfter(chars("张伟等专家组成员说。"), { start: 0, end: 2 }, names([0, 2]))).toBeNull();
    expect(groupTitleAfter(chars("张伟和他的同事等专家说。"), { start: 0, end: 2 }, names([0, 2]))).toBeNull();
    expect(groupTitleAfter(chars("张伟等三项专家意见。"), { start: 0, end: 2 }, names([0, 2]))).toBeNull();
    expect(groupTitleAfter(chars("张伟说，专家等。"), { start: 0, end: 2 }, names([0, 2]))).toBeNull();
  });

  it("reads the whole title after 等, its qualifier in front (session 33, rmrb21)", () => {
    const text = chars("照片上有林秀英同周海涛、朱明、宋玉玲等中国老一辈领导人的合影。");
    const found = names([8, 11], [12, 14], [15, 18]);
    expect(groupTitleAfter(text, { start: 8, end: 11 }, found)).toBe("中国老一辈领导人");
    expect(groupTitleAfter(text, { start: 15, end: 18 }, found)).toBe("中国老一辈领导人");
  });

  it("closes a group of two names or more by a count of people without 等", () => {
    const text = chars("社区安排张梦丽和梁光辉两个网格员轮流送饭。");
    const found = names([4, 7], [8, 11]);
    const endsAt = (end: number) => end === 7 || end === 11;
    expect(groupTitleAfter(text, { start: 4, end: 7 }, found, endsAt)).toBe("网格员");
    expect(groupTitleAfter(text, { start: 8, end: 11 }, found, endsAt)).toBe("网格员");
    // one name and a count is no group; nor is a group without a count or 等
    expect(groupTitleAfter(chars("他给张梦丽两个网格员的电话。"), { start: 2, end: 5 }, names([2, 5]))).toBeNull();
    expect(groupTitleAfter(chars("张梦丽和梁光辉网格员说。"), { start: 0, end: 3 }, names([0, 3], [4, 7]))).toBeNull();
  });
});

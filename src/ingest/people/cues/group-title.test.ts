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
    expect(groupTitleAfter(text, 7, found)).toBe("专家");
    expect(groupTitleAfter(text, 11, found)).toBe("专家");
    const joined = chars("南岭医院的王大明和李小红等三名代表发言。");
    expect(groupTitleAfter(joined, 8, names([5, 8], [9, 12]))).toBe("代表");
  });

  it("gives nothing to 等人, a longer word, a broken group or a count of things", () => {
    expect(groupTitleAfter(chars("赵刚和钱进等人参加。"), 2, names([0, 2], [3, 5]))).toBeNull();
    expect(groupTitleAfter(chars("张伟等专家组成员说。"), 2, names([0, 2]))).toBeNull();
    expect(groupTitleAfter(chars("张伟和他的同事等专家说。"), 2, names([0, 2]))).toBeNull();
    expect(groupTitleAfter(chars("张伟等三项专家意见。"), 2, names([0, 2]))).toBeNull();
    expect(groupTitleAfter(chars("张伟说，专家等。"), 2, names([0, 2]))).toBeNull();
  });
});

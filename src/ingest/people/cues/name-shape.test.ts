import { describe, expect, it } from "vitest";
import { candidateLengths, givenNameLength, isChineseNameShaped } from "./name-shape";

const shaped = (s: string) => isChineseNameShaped(Array.from(s));

describe("name shape", () => {
  it("accepts a surname with a one- or two-character given name, rare characters included", () => {
    expect(["黄蓉", "杨泽鋆", "欧阳修", "诸葛明亮", "司马光"].map(shaped)).toEqual([true, true, true, true, true]);
  });

  it("refuses strings without a surname, too long, or with function characters", () => {
    expect(["会议", "王小明华", "王的", "A君"].map(shaped)).toEqual([false, false, false, false]);
  });

  it("counts the given name after a compound surname", () => {
    expect(givenNameLength(Array.from("欧阳明"))).toBe(1);
    expect(givenNameLength(Array.from("欧明"))).toBe(1);
    expect(givenNameLength(Array.from("会议"))).toBe(-1);
    expect(candidateLengths(Array.from("欧阳明华说"), 0)).toEqual([2, 3, 4]);
  });

  it("gives the lengths whose strings are name-shaped, at every position", () => {
    const chars = Array.from("欧阳明华说，王的司马光和诸葛明亮、张三A李四与欧明。黄");
    chars.forEach((_, start) => {
      const shapedLengths = [2, 3, 4].filter(
        (len) => start + len <= chars.length && isChineseNameShaped(chars.slice(start, start + len)),
      );
      expect(candidateLengths(chars, start)).toEqual(shapedLengths);
    });
  });
});

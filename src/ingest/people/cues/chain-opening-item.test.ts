import { describe, expect, it } from "vitest";
import { chainOpeningItem } from "./chain-opening-item";

const opening = (text: string) => {
  const chars = Array.from(text);
  return chainOpeningItem(chars, chars.lastIndexOf("、"));
};

describe("a chain's opening item", () => {
  it("reads over a cut only after 的 or a preposition, and never an item owned by a name", () => {
    const chars = Array.from("，战胜挑战者、");
    expect(chainOpeningItem(chars, 6, 3)).toBeNull();
    const pair = Array.from("，与挑战者、");
    expect(chainOpeningItem(pair, 5, 2)).toBe("挑战者");
    const owned = Array.from("。罗志明的合作伙伴、");
    expect(chainOpeningItem(owned, 9, null, (end) => end === 4)).toBeNull();
    expect(chainOpeningItem(owned, 9)).toBe("罗志明的合作伙伴");
  });

  it("reads a short 的-phrase item from the clause's start", () => {
    expect(opening("。去年的锦标赛季军、")).toBe("去年的锦标赛季军");
    expect(opening("　　本次展览的策划人、")).toBe("本次展览的策划人");
  });

  it("reads an item after a preposition taking a person, and a ranking word", () => {
    expect(opening("他在决赛中向赛会二号种子、")).toBe("赛会二号种子");
    expect(opening("，物理学奖获得者、")).toBe("物理学奖获得者");
  });

  it("reads nothing after a verb, a quoted or bracketed term, a second 的, or without a person head", () => {
    expect(opening("他们慰问了困难户、")).toBeNull();
    expect(opening("。《南岭周刊》的专栏作家、")).toBeNull();
    expect(opening("。村里的老街的老住户、")).toBeNull();
    expect(opening("。他们所在城市的附近小镇的居民、")).toBeNull();
    expect(opening("。去年的锦标赛项目、")).toBeNull();
    expect(opening("，他说起学校扶贫干部、")).toBeNull();
    expect(opening("。看望村里的老党员、")).toBeNull();
    expect(opening("。它的创办人、")).toBeNull();
    expect(opening("。周教授的夫人、")).toBeNull();
    expect(opening("，力克卫冕者、")).toBeNull();
  });
});

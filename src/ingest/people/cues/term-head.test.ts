import { describe, expect, it } from "vitest";
import { isFollowedByTermHead, namesOnlyBeforeTermHeads } from "./term-head";

const texts = (...s: string[]) => s.map((x) => Array.from(x));

describe("term head", () => {
  it("sees a name that heads an institution's or a term's name", () => {
    expect(isFollowedByTermHead(Array.from("在布隆迪大学孔子学院学习"), 8)).toBe(true);
    expect(isFollowedByTermHead(Array.from("获诺贝尔奖的"), 4)).toBe(true);
    expect(isFollowedByTermHead(Array.from("参加萨尔瓦多国际艺术节"), 6)).toBe(true);
    expect(isFollowedByTermHead(Array.from("王大林说"), 3)).toBe(false);
    expect(isFollowedByTermHead(Array.from("王大林"), 3)).toBe(false);
  });

  it("drops a name only when every mention of it heads a term", () => {
    expect(namesOnlyBeforeTermHeads(texts("孔子学院开课", "在孔子学院学习"), ["孔子"])).toEqual(new Set(["孔子"]));
    expect(namesOnlyBeforeTermHeads(texts("孔子学院开课", "孔子说"), ["孔子"])).toEqual(new Set());
    expect(namesOnlyBeforeTermHeads(texts("王大林说"), ["王大林"])).toEqual(new Set());
  });
});

describe("a classroom named after a figure", () => {
  it("heads the name before it", () => {
    expect(isFollowedByTermHead(Array.from("增开4所柯子课堂"), 6)).toBe(true);
    expect(namesOnlyBeforeTermHeads(texts("增开4所柯子课堂"), ["柯子"])).toEqual(new Set(["柯子"]));
  });
});

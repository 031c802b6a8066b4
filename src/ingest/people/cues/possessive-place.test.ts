import { describe, expect, it } from "vitest";
import { opensWithFrom, possessivePlaceStart } from "./possessive-place";

const chars = (s: string) => Array.from(s);
const places = new Set(["德国", "四川", "北京"]);
/** The role read from the place when the post after 的 starts at `postStart`. */
const read = (text: string, postStart: number) => {
  const start = possessivePlaceStart(chars(text), postStart, places);
  return start === null ? null : chars(text).slice(start).join("");
};

describe("possessive place", () => {
  it("reads the places a post is joined to by 的", () => {
    expect(read("德国汉诺威市的劳动法律师", 7)).toBe("德国汉诺威市的劳动法律师");
    expect(read("。四川德阳的游客", 6)).toBe("四川德阳的游客");
    expect(read("，北京市的游客", 5)).toBe("北京市的游客");
  });

  it("reads places after 来自 with the 来自, wherever the clause opens", () => {
    expect(read("”来自北京市的茶农", 7)).toBe("来自北京市的茶农");
    expect(read("颁给来自德国的学者", 7)).toBe("来自德国的学者");
    expect(read("颁给来自山坡的学者", 7)).toBeNull();
  });

  it("tells a 来自 read with its places from a 来自 that is another subject's verb", () => {
    expect(opensWithFrom(chars("颁给来自德国的学者"), 2, places)).toBe(true);
    expect(opensWithFrom(chars("这封信来自北京市南湖小学校长"), 3, places)).toBe(false);
    expect(opensWithFrom(chars("颁给来自山坡的学者"), 2, places)).toBe(false);
  });

  it("reads places with an age before the 的, but not an age alone", () => {
    expect(read("，南坪石桥湾村82岁的老人", 11)).toBe("南坪石桥湾村82岁的老人");
    expect(read("，北京市８２岁的老人", 8)).toBe("北京市８２岁的老人");
    expect(read("，82岁的老人", 5)).toBeNull();
    expect(read("，南坪石桥湾村的老人", 8)).toBeNull();
  });

  it("leaves a place after a verb or a function character, and a part that is no place", () => {
    expect(read("在北京的游客", 4)).toBeNull();
    expect(read("，村里的老党员", 4)).toBeNull();
    expect(read("，德国汉诺威市劳动法律师", 7)).toBeNull();
  });
});

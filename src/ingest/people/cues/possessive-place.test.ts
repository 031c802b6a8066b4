import { describe, expect, it } from "vitest";
import { possessivePlaceStart } from "./possessive-place";

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

  it("leaves a place after a verb or a function character, and a part that is no place", () => {
    expect(read("”来自北京市的游客", 7)).toBeNull();
    expect(read("在北京的游客", 4)).toBeNull();
    expect(read("，村里的老党员", 4)).toBeNull();
    expect(read("，德国汉诺威市劳动法律师", 7)).toBeNull();
  });
});

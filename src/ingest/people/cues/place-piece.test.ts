import { describe, expect, it } from "vitest";
import { isPlacePieceAt } from "./place-piece";

const PLACES = new Set(["江苏", "黑龙江"]);
const PROPER = new Set(["乌兰沁"]);
const at = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return isPlacePieceAt(
    chars,
    start,
    start + Array.from(name).length,
    (w) => PLACES.has(w),
    (w) => PROPER.has(w),
  );
};

describe("a name read out of a place's name", () => {
  it("stands before a place's character and the head of a place or a facility", () => {
    expect(at("车到了高速公路上的小明山收费站", "小明")).toBe(true);
    expect(at("生于内蒙古乌兰沁右翼旗", "乌兰")).toBe(true);
    // a character of no place's kind, or no head after it: a person
    expect(at("小明在收费站工作", "小明")).toBe(false);
    expect(at("小明山上种树", "小明")).toBe(false);
  });

  it("is a town's two characters right after a known place", () => {
    expect(at("会议在江苏禾镇举行", "禾镇")).toBe(true);
    expect(at("会议由禾镇主持", "禾镇")).toBe(false);
    expect(at("江苏王刚说", "王刚")).toBe(false);
  });
});

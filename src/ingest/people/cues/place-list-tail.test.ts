import { describe, expect, it } from "vitest";
import { placeListTailItems } from "./place-list-tail";

/** The names of `names` found as items of a list of places in `text`. */
function placed(text: string, names: readonly string[]): string[] {
  const mentions = names.map((name) => {
    const start = Array.from(text.slice(0, text.indexOf(name))).length;
    return { name, start, end: start + Array.from(name).length };
  });
  return placeListTailItems(Array.from(text), mentions).map((m) => m.name);
}

describe("placeListTailItems", () => {
  it("takes every item of a list that 等 and a place's kind close", () => {
    expect(placed("今年又修通了桂坪、龙湾、石岗、柳庄等乡的公路", ["桂坪", "龙湾", "石岗", "柳庄"])).toEqual([
      "桂坪",
      "龙湾",
      "石岗",
      "柳庄",
    ]);
    expect(placed("游客常去青溪、白沙、鹿鸣岛等地", ["白沙", "鹿鸣岛"])).toEqual(["白沙", "鹿鸣岛"]);
  });

  it("leaves a list of people: 等 and a person after the place's kind", () => {
    expect(placed("王小禾、李大川、赵远山等村民自发修路", ["王小禾", "李大川", "赵远山"])).toEqual([]);
    expect(placed("王小禾、李大川等县长出席", ["王小禾", "李大川"])).toEqual([]);
    expect(placed("总裁王小禾、主席李大川等国际工商界人士", ["王小禾", "李大川"])).toEqual([]);
  });

  it("leaves a list that 等 does not close with a place", () => {
    expect(placed("王小禾、李大川、赵远山等人出席", ["王小禾", "李大川", "赵远山"])).toEqual([]);
    expect(placed("王小禾、李大川、赵远山出席了会议", ["王小禾", "李大川", "赵远山"])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { placeCountListItems } from "./place-count-list";

const items = (text: string, names: string[]) => {
  const t = taggedWith(text, names);
  return placeCountListItems(t.chars, t.mentions).map((m) => m.name);
};

describe("the items of a list a count of places closes", () => {
  it("are places", () => {
    expect(items("并新增阿坦库、萨尔特、卡伦达和塔米兹4座城市供中转。", ["阿坦库", "萨尔特"])).toEqual([
      "阿坦库",
      "萨尔特",
    ]);
  });

  it("are left alone when people are counted or nothing is", () => {
    expect(items("柯远山、柯远水和柯远林3名同志到场。", ["柯远山", "柯远水"])).toEqual([]);
    expect(items("阿坦库、萨尔特和卡伦达来了。", ["阿坦库", "萨尔特"])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle, taggedWith } from "../test-helpers.test-helper";
import { countOfThingsAt, countedThingSpans } from "./counted-things";

const spans = (text: string, names: string[]) => {
  const t = taggedWith(text, names);
  return countedThingSpans(t.chars, t.mentions).map((m) => t.chars.slice(m.start, m.end).join(""));
};

describe("list items counted with a measure of things", () => {
  it("reads a count and a thing's measure", () => {
    expect(countOfThingsAt(Array.from("两处盐湖"), 0)).toBe(true);
    expect(countOfThingsAt(Array.from("12座古桥"), 0)).toBe(true);
    // people are counted with 名, 位
    expect(countOfThingsAt(Array.from("两名队员"), 0)).toBe(false);
    expect(countOfThingsAt(Array.from("两位老人"), 0)).toBe(false);
  });

  it("takes every item of the counted list", () => {
    expect(spans("恢复卡兰塔和莫拉维两处盐湖的开采", ["卡兰塔", "莫拉维"])).toEqual(["卡兰塔", "莫拉维"]);
    expect(spans("种着白茅、苏兰草三种草", ["苏兰草"])).toEqual(["苏兰草"]);
  });

  it("leaves a lone name before a count, and names counted as people", () => {
    expect(spans("据查王小川两处房产均已查封", ["王小川"])).toEqual([]);
    expect(spans("赵明和钱亮两位老人", ["赵明", "钱亮"])).toEqual([]);
  });

  it("keeps the people of the article", () => {
    const people = extractPeople(
      plainArticle("盐湖恢复开采", ["双方同意恢复卡兰塔和莫拉维两处盐湖的开采。矿业部长周海平说，这是双赢之举。"]),
    ).map((p) => p.name);
    expect(people).not.toContain("卡兰塔");
    expect(people).not.toContain("莫拉维");
    expect(people).toContain("周海平");
  });
});

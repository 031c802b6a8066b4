import { describe, expect, it } from "vitest";
import { athleteDescriptionBefore, isPlacedAthlete } from "./athlete-nouns";
import { descriptionBefore } from "./description";

/** The description before `name` in `text`, with `places` known. */
function before(text: string, name: string, places: readonly string[] = []): string | null {
  const chars = Array.from(text);
  return descriptionBefore(chars, Array.from(text.slice(0, text.indexOf(name))).length, new Set(places));
}

describe("athletes described by their standing (小将, 老将, 名将)", () => {
  it("reads the noun ending with 将 right before the name, with a known country before it", () => {
    expect(before("。南岭国小将张小川在决赛中获胜", "张小川", ["南岭国"])).toEqual("南岭国小将");
    expect(before("，由小将李晓冬顶替上场", "李晓冬")).toEqual("小将");
    expect(before("，对手是北山老将王一鸣。", "王一鸣", ["北山"])).toEqual("北山老将");
    expect(before("。名将赵子昂说", "赵子昂")).toEqual("名将");
  });

  it("leaves off a word before the noun that is no known place (it may be a verb)", () => {
    expect(before("，她搭档小将陈春林，", "陈春林")).toEqual("小将");
  });

  it("reads nothing where 将 is the verb", () => {
    const chars = Array.from("，他即将孙一凡送回");
    expect(athleteDescriptionBefore(chars, chars.indexOf("孙"), new Set())).toBeNull();
  });

  it("keeps a country's athlete to the first name of a pair", () => {
    expect(isPlacedAthlete("南岭国名将")).toBe(true);
    expect(isPlacedAthlete("小将")).toBe(false);
  });
});

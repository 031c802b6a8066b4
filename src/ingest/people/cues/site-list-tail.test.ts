import { describe, expect, it } from "vitest";
import { siteListTailItems } from "./site-list-tail";

/** The names of `names` found as items of a list of sites in `text`. */
function sited(text: string, names: readonly string[]): string[] {
  const mentions = names.map((name) => {
    const start = Array.from(text.slice(0, text.indexOf(name))).length;
    return { name, start, end: start + Array.from(name).length };
  });
  return siteListTailItems(Array.from(text), mentions).map((m) => m.name);
}

describe("siteListTailItems", () => {
  it("takes every item of a list that 等 and a site's kind close", () => {
    expect(sited("以岳家坡、苏峰塔等古代墓葬的发掘为重点", ["岳家坡", "苏峰塔"])).toEqual(["岳家坡", "苏峰塔"]);
    expect(sited("园中有柳斋祠、观云第、毓兰亭等建筑。", ["柳斋祠", "观云第"])).toEqual(["柳斋祠", "观云第"]);
  });

  it("leaves a list of people, and a kind named after people", () => {
    expect(sited("岳家岭、苏峰涛等作家齐聚于此", ["岳家岭", "苏峰涛"])).toEqual([]);
    expect(sited("参观了岳家岭、苏峰涛等名人故居", ["岳家岭", "苏峰涛"])).toEqual([]);
  });

  it("leaves a kind too far from 等 or behind punctuation", () => {
    expect(sited("岳家岭、苏峰涛等人，参观了建筑", ["岳家岭", "苏峰涛"])).toEqual([]);
    expect(sited("岳家岭、苏峰涛等三位专家考察墓葬", ["岳家岭", "苏峰涛"])).toEqual([]);
  });
});

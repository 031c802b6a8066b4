import { describe, expect, it } from "vitest";
import { filterKey, personFilterKeys, piecesFor } from "./people-filter-keys";

const found = (name: string, pinyin: string, query: string) =>
  personFilterKeys({ name, pinyin }).some((key) => key.startsWith(filterKey(query)));

describe("personFilterKeys", () => {
  it("finds a name by any of its characters, its pinyin and initials from any syllable, and a full first syllable with initials", () => {
    for (const query of [
      "江泽民",
      "泽民",
      "民",
      "泽",
      "jiangzemin",
      "jiang ze",
      "zemin",
      "min",
      "jzm",
      "zm",
      "jiangzm",
      "JZM",
    ])
      expect(found("江泽民", "jiang ze min", query), query).toBe(true);
    for (const query of ["江民", "iangze", "jzemin", "zmj", "xyz"])
      expect(found("江泽民", "jiang ze min", query), query).toBe(false);
  });
  it("spells ü as v and as u", () => {
    for (const query of ["lvxin", "luxin", "lüxin", "lx"]) expect(found("吕欣", "lv xin", query), query).toBe(true);
  });
  it("lists each key once, in code point order", () => {
    const keys = personFilterKeys({ name: "丁丁", pinyin: "ding ding" });
    expect(keys).toEqual([...new Set(keys)].sort());
    expect(keys).toContain("dingding");
    expect(keys).toContain("dd");
  });
});

describe("piecesFor", () => {
  const froms = ["a", "jiang", "jiangz", "ju", "z"];
  it("picks the piece before the first one starting with the key, through the last one starting with it", () => {
    expect(piecesFor(froms, "jiang")).toEqual([0, 1, 2]);
    expect(piecesFor(froms, "ji")).toEqual([0, 1, 2]);
    expect(piecesFor(froms, "jiangzm")).toEqual([2]);
    expect(piecesFor(froms, "zh")).toEqual([4]);
    expect(piecesFor(froms, "0")).toEqual([0]);
    expect(piecesFor(froms, "")).toEqual([]);
  });
});

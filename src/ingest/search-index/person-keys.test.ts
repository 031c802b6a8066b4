import { describe, expect, it } from "vitest";
import { personKeys } from "./person-keys";

describe("personKeys", () => {
  it("gives full pinyin and initials", () => {
    expect(personKeys("廖述毅")).toEqual(expect.arrayContaining(["liaoshuyi", "lsy"]));
  });

  it("keeps the surname reading and the everyday one", () => {
    expect(personKeys("单雄信")).toEqual(expect.arrayContaining(["shanxiongxin", "sxx", "danxiongxin", "dxx"]));
    expect(personKeys("曾国藩")).toEqual(expect.arrayContaining(["zengguofan", "zgf"]));
  });

  it("keys ü also as v and u", () => {
    expect(personKeys("吕国记")).toEqual(expect.arrayContaining(["lüguoji", "lvguoji", "luguoji", "lgj"]));
  });

  it("ignores separators in foreign names and gives nothing for names without Han", () => {
    expect(personKeys("阿卜杜勒·哈米德")).toEqual(expect.arrayContaining(["abudulehamide", "abdlhmd"]));
    expect(personKeys("John Smith")).toEqual([]);
  });
});

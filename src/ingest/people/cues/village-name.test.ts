import { describe, expect, it } from "vitest";
import { villageNameStart } from "./village-name";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);

describe("village name", () => {
  it("reads a three-character village name that opens its clause", () => {
    expect(villageNameStart(chars("观赏。青石岭村支书"), 6)).toBe(3);
    expect(villageNameStart(chars("青石岭村支书"), 3)).toBe(0);
    expect(titlesBefore(chars("游客观赏。青石岭村支书王大明介绍"), 11)).toEqual(["青石岭村支书"]);
    expect(titlesBefore(chars("“青石岭村党支部书记王大明说"), 10)).toEqual(["青石岭村党支部书记"]);
  });

  it("reads nothing after a verb or function character, or not at 村", () => {
    expect(villageNameStart(chars("我们来到青石岭村支书"), 7)).toBeNull();
    expect(villageNameStart(chars("，在石岭村支书"), 4)).toBeNull();
    expect(villageNameStart(chars("。青石岭镇镇长"), 4)).toBeNull();
    expect(titlesBefore(chars("我们来到石岭村支书王大明家"), 9)).toEqual(["村支书"]);
  });
});

import { describe, expect, it } from "vitest";
import { isOwnedBodyField } from "./owned-joined-part";
import { titlesBefore } from "./title-phrase";

/** The titles before `name` in `text`, where the names in `names` are known to end. */
function before(text: string, name: string, names: readonly string[] = [], places: readonly string[] = []): string[] {
  const chars = Array.from(text);
  const ends = new Set(names.map((n) => Array.from(text.slice(0, text.indexOf(n) + n.length)).length));
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return titlesBefore(chars, start, new Set(places), (end) => ends.has(end));
}

describe("a country's body whose first field is a person noun", () => {
  it("knows the part from its owning place and the body's unit after the joiner", () => {
    const places = new Set(["南岭国"]);
    expect(isOwnedBodyField("南岭国劳工", "福利保障部副部长", places)).toBe(true);
    expect(isOwnedBodyField("南岭国移民", "庇护部部长", places)).toBe(true);
    // no owning place, no room for a field after it, or no unit before the post
    expect(isOwnedBodyField("某国劳工", "福利保障部副部长", places)).toBe(false);
    expect(isOwnedBodyField("南岭国工", "福利保障部副部长", places)).toBe(false);
    expect(isOwnedBodyField("南岭国工人", "农民代表", places)).toBe(false);
  });

  it("reads the ministry whole before the name", () => {
    expect(before("。南岭国劳工和福利保障部副部长张三说", "张三", [], ["南岭国"])).toEqual([
      "南岭国劳工和福利保障部副部长",
    ]);
    expect(before("，南岭国移民与庇护部部长李四表示", "李四", [], ["南岭国"])).toEqual(["南岭国移民与庇护部部长"]);
  });

  it("leaves two people's descriptions as conjuncts", () => {
    expect(before("，南岭国工人和农民代表陈七说", "陈七", [], ["南岭国"])).toEqual(["农民代表"]);
    expect(before("，劳工和福利保障部副部长陈七说", "陈七")).toEqual(["福利保障部副部长"]);
  });
});

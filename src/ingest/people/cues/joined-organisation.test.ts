import { describe, expect, it } from "vitest";
import { titlesBefore } from "./title-phrase";

/** The titles before `name` in `text`, where the names in `names` are known to end. */
function before(text: string, name: string, names: readonly string[] = [], places: readonly string[] = []): string[] {
  const chars = Array.from(text);
  const ends = new Set(names.map((n) => Array.from(text.slice(0, text.indexOf(n) + n.length)).length));
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return titlesBefore(chars, start, new Set(places), (end) => ends.has(end));
}

describe("titles of an organisation with 和/与/及 in its name", () => {
  it("reads the part before the joiner back into the title", () => {
    expect(before("，平安林业和草原局局长张三说", "张三")).toEqual(["平安林业和草原局局长"]);
    expect(before("。山河灾害与救援研究中心主任李四表示", "李四")).toEqual(["山河灾害与救援研究中心主任"]);
    expect(before("，省委常委、北山和南山机关工委书记王五，", "王五")).toEqual(["省委常委", "北山和南山机关工委书记"]);
  });

  it("leaves a name, a title or a person noun before the joiner as a conjunct of its own", () => {
    expect(before("。赵六及区领导陈七出席", "陈七", ["赵六", "陈七"])).toEqual(["区领导"]);
    expect(before("，市长和市委书记陈七出席", "陈七")).toEqual(["市委书记"]);
    expect(before("，村民和村委会主任陈七说", "陈七")).toEqual(["村委会主任"]);
  });

  it("leaves a scene or a second place alone", () => {
    expect(before("。他在平安与南岭外长陈七会谈", "陈七", [], ["平安"])).toEqual(["南岭外长"]);
    expect(before("，平安和南岭总统陈七", "陈七", [], ["平安", "南岭"])).toEqual(["南岭总统"]);
  });

  it("does not read a long clause back, nor without knowing where names end", () => {
    expect(before("。今年春季防火检查工作小组和草原局局长张三说", "张三")).toEqual(["草原局局长"]);
    const chars = Array.from("，平安林业和草原局局长张三说");
    expect(titlesBefore(chars, chars.indexOf("张"))).toEqual(["草原局局长"]);
  });
});

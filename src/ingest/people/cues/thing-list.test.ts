import { describe, expect, it } from "vitest";
import { thingListItems } from "./thing-list";

/** The items of `text`'s lists that are things, where the names in `names` are the mentions found. */
function things(text: string, names: readonly string[]): string[] {
  const chars = Array.from(text);
  const mentions = names.map((n) => {
    const start = Array.from(text.slice(0, text.indexOf(n))).length;
    return { start, end: start + Array.from(n).length };
  });
  return thingListItems(chars, mentions).map((i) => chars.slice(i.start, i.end).join(""));
}

describe("a list of things", () => {
  it("takes every item of a list with a lettered item for a thing", () => {
    expect(things("。西瓜TV、乐看、云视等平台开展活动", ["乐看", "云视"])).toEqual(["西瓜TV", "乐看", "云视"]);
  });

  it("takes a name-shaped item among items that hold no names for a thing", () => {
    expect(things("，可以支持稳增长、安民生、促消费。", ["安民生"])).toEqual(["安民生"]);
  });

  it("leaves lists of people alone", () => {
    expect(things("，张三、李四、王五出席", ["张三", "李四", "王五"])).toEqual([]);
    expect(things("，市长张三、副市长李四、王五出席", ["张三", "李四", "王五"])).toEqual([]);
    expect(things("，张三、李四出席", ["张三"])).toEqual([]);
  });

  it("does not read letters in the clause a list's last name runs into", () => {
    const text = "，运动员王甲、李乙、赵丙在到达后接受检查的Ａ瓶样本中";
    expect(things(text, ["王甲", "李乙", "赵丙"])).toEqual([]);
  });

  it("does not count the clause a list's last name runs into among the others", () => {
    // the tagger found only the first name: the last item is a name, an adverb and the verb's clause
    expect(things("；柯岚、宁甜、古丽娜将共同演唱歌曲《春歌》", ["柯岚"])).toEqual([]);
    expect(things("；柯岚、宁甜、古丽娜也登台献唱了一首新歌", ["柯岚"])).toEqual([]);
  });

  it("still counts a long last item that opens with no name and an adverb", () => {
    expect(things("。南瓜皮、萝卜根、菜叶……用这些做成的汤", ["南瓜皮"])).toEqual(["南瓜皮"]);
    expect(things("。闵与越、宁、乌各国间的买卖占其外贸的一半", ["闵与越"])).toEqual(["闵与越"]);
  });
});

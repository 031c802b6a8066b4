import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "./tagger/lexicons";
import { dropUnsupportedNames } from "./support";
import { taggedWith } from "./test-helpers.test-helper";

const kept = (text: string, names: string[], probability: number, known: string[] = []) => {
  const texts = [taggedWith(text, names, 0, () => probability)];
  dropUnsupportedNames(texts, texts, { ...EMPTY_LEXICONS, names: new Set(known) });
  return texts[0]!.mentions.map((m) => m.name);
};

describe("support check", () => {
  it("drops an unsure guess nothing vouches for (seed: 亚军和季军)", () => {
    expect(kept("分别夺得亚军和季军。", ["季军"], 0.87)).toEqual([]);
    expect(kept("分别夺得亚军和季军。", ["季军"], 0.95)).toEqual(["季军"]);
  });

  it("keeps unsure names with a cue, a second mention, a list neighbour or a place in the known names", () => {
    expect(kept("，副县长王大林说", ["王大林"], 0.2)).toEqual(["王大林"]);
    expect(kept("今天王大林来了，王大林很高兴", ["王大林"], 0.2)).toEqual(["王大林"]);
    expect(kept("选手王楠夺冠", ["王楠"], 0.2)).toEqual(["王楠"]);
    expect(kept("有张津京和奎媛媛两人", ["张津京", "奎媛媛"], 0.2)).toEqual(["张津京", "奎媛媛"]);
    expect(kept("今天王大林来了", ["王大林"], 0.2, ["王大林"])).toEqual(["王大林"]);
    expect(kept("今天王大林来了", ["王大林"], 0.2)).toEqual([]);
    expect(kept("一位叫王大林的店主", ["王大林"], 0.2)).toEqual(["王大林"]);
    expect(kept("今年４８岁的王大林原是矿工", ["王大林"], 0.2)).toEqual(["王大林"]);
    // the loser after a result verb; a calling or a sport's word before the name
    expect(kept("刘国梁以３∶２战胜马小琳。", ["马小琳"], 0.2)).toEqual(["马小琳"]);
    expect(kept("香港企业家吕万山都是知音", ["吕万山"], 0.2)).toEqual(["吕万山"]);
    expect(kept("负于马来西亚新星柯希姆。", ["柯希姆"], 0.2)).toEqual(["柯希姆"]);
    expect(kept("丹麦的柯尔廷和韩国的金志贤", ["柯尔廷"], 0.2)).toEqual(["柯尔廷"]);
    expect(kept("北京柯淑兰等读者纷纷来电", ["柯淑兰"], 0.2)).toEqual(["柯淑兰"]);
    expect(kept("前最高领袖柯梅尼领导的", ["柯梅尼"], 0.2)).toEqual(["柯梅尼"]);
    // a title glued to the front of the name: the group word vouches for the name, not for this
    expect(kept("投资有限公司副董事宣小林等人站在", ["董事宣小林"], 0.2)).toEqual([]);
    // a list runs on over the previous name's note: 柯远（回族）、宁小禾
    expect(kept("选举柯远（回族）、宁小禾为委员", ["柯远", "宁小禾"], 0.2)).toEqual(["柯远", "宁小禾"]);
  });

  it("keeps a name the tagger was fairly sure of after a person word (cues/person-noun-before.ts)", () => {
    const withWords = (text: string, names: string[], probability: number) => {
      const texts = [taggedWith(text, names, 0, () => probability)];
      const words = new Set(["饲养员", "农艺"]);
      dropUnsupportedNames(
        texts,
        texts,
        EMPTY_LEXICONS,
        () => false,
        (w) => words.has(w),
      );
      return texts[0]!.mentions.map((m) => m.name);
    };
    expect(withWords("刚入职的饲养员龚立秀，就被派往山区", ["龚立秀"], 0.8)).toEqual(["龚立秀"]);
    expect(withWords("高级农艺师包德成带着学生", ["包德成"], 0.8)).toEqual(["包德成"]);
    // the tagger must be fairly sure of the name itself
    expect(withWords("刚入职的饲养员龚立秀，就被派往山区", ["龚立秀"], 0.2)).toEqual([]);
    // no person word: dropped as before (under the bar of a surnamed three-character name, cues/surnamed-three.ts)
    expect(withWords("刚入职的饲养员龚立秀，就被派往山区", ["龚立秀"], 0.6)).toEqual(["龚立秀"]);
    expect(withWords("刚入职的龚立秀，就被派往山区", ["龚立秀"], 0.6)).toEqual([]);
  });

  it("keeps a name after its village and 的, but not a span that starts with a word (cues/resident-name.ts)", () => {
    const withWords = (text: string, names: string[]) => {
      const texts = [taggedWith(text, names, 0, () => 0.6)];
      const words = new Set(["路灯", "亮起"]);
      dropUnsupportedNames(
        texts,
        texts,
        EMPTY_LEXICONS,
        () => false,
        (w) => words.has(w),
      );
      return texts[0]!.mentions.map((m) => m.name);
    };
    expect(withWords("不到一周，石桥村的柯永年就回来了。", ["柯永年"])).toEqual(["柯永年"]);
    expect(withWords("不到一周，石桥村的路灯亮起来了。", ["路灯亮"])).toEqual([]);
  });

  it("does not count a title written after another name as a title before this one", () => {
    expect(kept("习近平总书记曾将郑板桥的诗改了", ["习近平", "曾将郑"], 0.2).includes("曾将郑")).toBe(false);
    expect(kept("，总书记曾将郑板桥的诗改了", ["曾将郑"], 0.2)).toEqual(["曾将郑"]);
  });
});

import { describe, expect, it } from "vitest";
import { descriptionBefore } from "./description";
import { afterResultVerb, RESULT_VERB_OPENERS } from "./result-verb-description";

/** The description before `name` in `text`. */
const before = (text: string, name: string) => {
  const chars = Array.from(text);
  return descriptionBefore(chars, Array.from(text.slice(0, text.indexOf(name))).length);
};

describe("a result verb inside the description before the loser's name", () => {
  it("leaves what follows the verb", () => {
    expect(before("在加赛中以微弱劣势惜败于挪威棋手卡里莫夫，获得亚军", "卡里莫夫")).toBe("挪威棋手");
    expect(before("在快棋赛中负于冰岛特级大师萨沃夫，获得亚军", "萨沃夫")).toBe("冰岛特级大师");
    expect(before("，以0∶2负于法国棋手让·马丁，名列第四", "让·马丁")).toBe("法国棋手");
    expect(before("，他在复赛里战胜队友张立新后进了下一轮", "张立新")).toBe("队友");
  });

  it("holds the verbs of result-object.ts", () => {
    expect(RESULT_VERB_OPENERS).toContain("战胜");
    expect(RESULT_VERB_OPENERS).toContain("败于");
  });

  it("leaves a description without such a verb as it was, or with one inside a place's name", () => {
    expect(before("，中国棋手李明远在比赛中", "李明远")).toBe("中国棋手");
    expect(before("，阿克力克村村民李明远说", "李明远")).toBe("阿克力克村村民");
    expect(afterResultVerb("阿克力克村村民")).toBe(0);
  });
});

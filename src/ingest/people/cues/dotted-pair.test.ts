import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { dottedPairSplit } from "./dotted-pair";

const split = (text: string) => dottedPairSplit(Array.from(text), 0, Array.from(text).length);

describe("two dotted names joined by a conjunction", () => {
  it("are split at the conjunction", () => {
    expect(split("安德鲁·马尔科斯和彼特·塞尔班")).toBe(8);
    expect(split("安德鲁·马尔科斯与彼特·塞尔班")).toBe(8);
    expect(split("安德鲁·马尔科斯及彼特·塞尔班")).toBe(8);
  });

  it("are not split without a dot on both sides or with short or Chinese parts", () => {
    expect(split("马尔科斯和彼特·塞尔班")).toBe(-1);
    expect(split("安德鲁·马尔科斯和塞尔班")).toBe(-1);
    expect(split("安德鲁·斯和彼特·塞尔班")).toBe(-1);
    expect(split("安德鲁·马尔科斯和王·塞尔班")).toBe(-1);
    expect(split("安德鲁·王小明和彼特·塞尔班")).toBe(-1);
    expect(split("安德鲁·马尔科斯")).toBe(-1);
  });

  it("gives two names among the tagger's slips", () => {
    const t = taggedWith("奖项授予安德鲁·马尔科斯和彼特·塞尔班两名学者", ["安德鲁·马尔科斯和彼特·塞尔班"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["安德鲁·马尔科斯", "彼特·塞尔班"]);
  });
});

describe("two dotted names a count of places closes", () => {
  it("are dropped whole: they are places", () => {
    const t = taggedWith("攻入城南萨拉姆·阿德和卡玛·拉比两个地区", ["萨拉姆·阿德和卡玛·拉比"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions).toEqual([]);
  });
});

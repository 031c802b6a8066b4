import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { trailingAdverb } from "./dotted-adverb";

const cut = (text: string) => trailingAdverb(Array.from(text), 0, Array.from(text).length);

describe("an adverb glued to a dotted name", () => {
  it("is cut off the end", () => {
    expect(cut("迈克尔·瑞安也")).toBe(1);
    expect(cut("阿玛波拉·格里哈尔瓦则")).toBe(1);
  });

  it("cuts a preposition that opens the predicate the same way", () => {
    expect(cut("卡里姆·萨利赫向")).toBe(1);
    expect(cut("卡里姆·萨利赫对")).toBe(1);
  });

  it("is not cut from an undotted name, a short last part or a last part in Chinese characters", () => {
    expect(cut("格里哈尔瓦则")).toBe(0);
    expect(cut("迈克尔·安也")).toBe(0);
    expect(cut("迈克尔·王小也")).toBe(0);
    expect(cut("迈克尔·瑞安")).toBe(0);
  });

  it("leaves the name alone (tagger slips)", () => {
    const t = taggedWith("主席阿玛波拉·格里哈尔瓦则指出", ["阿玛波拉·格里哈尔瓦则"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["阿玛波拉·格里哈尔瓦"]);
  });
});

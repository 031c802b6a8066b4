import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { fixTaggerSlips } from "../tagger-slips";
import { taggedWith } from "../test-helpers.test-helper";
import { trailingVerbChar } from "./dotted-glued-verb";

/** `text` holds the mention and the rest of the sentence; the mention is `name`. */
const cut = (text: string, name: string) => trailingVerbChar(Array.from(text), 0, Array.from(name).length);

describe("a verb's first character glued to a dotted foreign name", () => {
  it("is cut off", () => {
    expect(cut("卡洛斯·莫雷萨发来贺信", "卡洛斯·莫雷萨发")).toBe(1);
    expect(cut("拉吉夫·纳兰当总理时", "拉吉夫·纳兰当")).toBe(1);
    expect(cut("苏雷什·甘地当选议员", "苏雷什·甘地当")).toBe(1);
  });

  it("stays when no verb follows (哈里发 is a name) or the last part is short", () => {
    expect(cut("苏珊·哈里发说", "苏珊·哈里发")).toBe(0);
    expect(cut("卡洛斯·莫雷萨发。", "卡洛斯·莫雷萨发")).toBe(0);
    expect(cut("卡洛斯·莫雷萨发", "卡洛斯·莫雷萨发")).toBe(0);
    expect(cut("菲利普·贝当政府", "菲利普·贝当")).toBe(0);
  });

  it("needs a dotted last part spelt in transliteration characters", () => {
    expect(cut("莫雷萨发来贺信", "莫雷萨发")).toBe(0);
    expect(cut("迈克尔·王小发来贺信", "迈克尔·王小发")).toBe(0);
    expect(cut("卡洛斯·莫雷萨说", "卡洛斯·莫雷萨")).toBe(0);
  });

  it("mends the mention (tagger slips)", () => {
    const t = taggedWith("外交部长卡洛斯·莫雷萨发来贺电", ["卡洛斯·莫雷萨发"]);
    fixTaggerSlips(t, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["卡洛斯·莫雷萨"]);
  });
});

import { describe, expect, it } from "vitest";
import { containsFullStop, endsMidSentence, endsSentence } from "./terminal-punctuation";

describe("sentence ends", () => {
  it("ends at 。！？… and ： with closing quotes after", () => {
    expect(["相关活动。", "凝聚力。”", "好不好？", "会议指出："].every(endsSentence)).toBe(true);
  });
  it("a closing quote alone does not end a sentence", () => {
    expect(endsSentence("提振担当作为“精气神”")).toBe(false);
    expect(endsSentence("铁力市市长吕晓")).toBe(false);
  });
  it("knows lines that end mid-sentence", () => {
    expect(endsMidSentence("良好的乘数效应；在文旅方面，")).toBe(true);
    expect(endsMidSentence("南北联动")).toBe(false);
  });
  it("finds full stops", () => {
    expect(containsFullStop("字上求突破。要深挖资源")).toBe(true);
    expect(containsFullStop("南北联动 合力打造")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { sentenceOf } from "./sentence-of";

describe("sentenceOf", () => {
  it("finds the sentence that mentions the name and marks every occurrence", () => {
    const texts = ["标题", "本报讯日前，茂南区委书记廖述毅率团赴金秀。廖述毅指出，要加强协作。"];
    expect(sentenceOf(texts, "廖述毅")).toEqual({
      sentence: "本报讯日前，茂南区委书记廖述毅率团赴金秀。",
      highlights: [[12, 15]],
    });
  });
  it("keeps closing quotes with the sentence and finds repeated names", () => {
    expect(sentenceOf(["他说：“我是张三，张三就是我。”后来走了。"], "张三")).toEqual({
      sentence: "他说：“我是张三，张三就是我。”",
      highlights: [
        [6, 8],
        [9, 11],
      ],
    });
  });
  it("cuts a long sentence around the name", () => {
    const long = `${"很长的铺垫".repeat(20)}，李四出席，${"后面还有很多话".repeat(20)}。`;
    const hit = sentenceOf([long], "李四")!;
    expect(hit.sentence.startsWith("…")).toBe(true);
    expect(hit.sentence.endsWith("…")).toBe(true);
    expect(hit.sentence.slice(hit.highlights[0]![0], hit.highlights[0]![1])).toBe("李四");
  });
  it("finds a name printed with spaces between its characters and marks it as printed", () => {
    const hit = sentenceOf(["正文没有。", "本报记者 于\u00a0洋摄"], "于洋");
    expect(hit).toEqual({ sentence: "本报记者 于\u00a0洋摄", highlights: [[5, 8]] });
  });
  it("is null when no text mentions the name", () => {
    expect(sentenceOf(["没有名字"], "王五")).toBeNull();
  });
});

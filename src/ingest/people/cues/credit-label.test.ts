import { describe, expect, it } from "vitest";
import { joinedPrefix, labelledCreditRuns, LABELS, leadingLabel, longest } from "./credit-label";

const names = (text: string) => {
  const chars = Array.from(text);
  return labelledCreditRuns(chars).map((r) => chars.slice(r.start, r.end).join(""));
};

describe("labelled credit lines", () => {
  it("reads the names after a layout, chart or write-up label", () => {
    expect(names("版式设计：林小禾")).toEqual(["林小禾"]);
    expect(names("本版制图：方圆")).toEqual(["方圆"]);
    expect(names("（执笔：高山）")).toEqual(["高山"]);
    expect(names("采访整理：孟冬、夏至")).toEqual(["孟冬", "夏至"]);
    expect(names("制图 宋远")).toEqual(["宋远"]);
    expect(names("本期统筹：林禾宋远")).toEqual(["林禾宋远"]);
    expect(labelledCreditRuns(Array.from("本期统筹：林禾宋远")).map((r) => r.afterRole)).toEqual([false]);
  });

  it("reads no body text that starts with a label, nor a label before something that is not a name", () => {
    expect(names("制图说明了数据的来源")).toEqual([]);
    expect(names("整理好行李后，他出发了")).toEqual([]);
    expect(labelledCreditRuns(Array.from("制图：国家统计局")).map((r) => r.afterRole)).toEqual([false]);
    expect(names("版式设计：林小禾。")).toEqual([]);
    expect(names("执笔：高山说得好，大家都同意")).toEqual([]);
  });
});

describe("the label read from the start of the line only", () => {
  it("joinedPrefix is the text's start, at least `length` units long or the whole text", () => {
    const chars = ["本版", "摄", "影", "𠀀", "：", "", "郁青山"];
    for (let from = 0; from <= chars.length; from++)
      for (let to = from; to <= chars.length; to++)
        for (let length = 0; length <= 12; length++) {
          const whole = chars.slice(from, to).join("");
          const got = joinedPrefix(chars, from, to, length);
          expect(whole.startsWith(got)).toBe(true);
          expect(got.length >= length || got === whole).toBe(true);
        }
  });

  it("leadingLabel finds the label the whole joined text starts with, at every start and end", () => {
    const lines = [
      "本版制图：郁青山",
      "本期执笔:柏晓雯",
      "版式设计",
      "版式设",
      "（采访整理：林禾）",
      "整理出一份",
      "本版",
    ].flatMap((line) => [Array.from(line), ["本版", ...Array.from(line)], ["𠀀", "版式", "设计", line]]);
    for (const chars of lines)
      for (let start = 0; start <= chars.length; start++)
        for (let end = start; end <= chars.length; end++) {
          const whole = chars.slice(start, end).join("");
          const plain = LABELS.find((l) => whole.startsWith(l));
          expect(leadingLabel(chars, start, end, LABELS)).toBe(plain);
          expect(leadingLabel(chars, start, end, LABELS, longest(LABELS))).toBe(plain);
        }
  });
});

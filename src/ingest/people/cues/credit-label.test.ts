import { describe, expect, it } from "vitest";
import { labelledCreditRuns } from "./credit-label";

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

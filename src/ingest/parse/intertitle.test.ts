import { describe, expect, it } from "vitest";
import { isIntertitle } from "./intertitle";

const base = { previous: "措并举推进老旧小区改造。", aloneInBlock: true, hasNext: true, column: 13, indent: 2 };

describe("isIntertitle", () => {
  it("knows a short standalone line after a sentence end", () => {
    expect(isIntertitle({ ...base, line: "一、摸清底数" })).toBe(true);
  });
  it("does not take a first line cut by a column break for one", () => {
    expect(isIntertitle({ ...base, line: "会议要求，要始终把政治建" })).toBe(false);
    expect(isIntertitle({ ...base, line: "住建局组织人员逐个小区" })).toBe(false);
  });
  it("needs a sentence end before, a line after and a block of its own", () => {
    expect(isIntertitle({ ...base, previous: "并举一反", line: "一、摸清底数" })).toBe(false);
    expect(isIntertitle({ ...base, hasNext: false, line: "一、摸清底数" })).toBe(false);
    expect(isIntertitle({ ...base, aloneInBlock: false, line: "一、摸清底数" })).toBe(false);
  });
});

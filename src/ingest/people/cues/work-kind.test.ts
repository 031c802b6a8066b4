import { describe, expect, it } from "vitest";
import { isWorkKindAt } from "./work-kind";

const WORDS = new Set(["白皮书", "报告"]);
const at = (text: string, name: string) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return isWorkKindAt(Array.from(text), start, start + Array.from(name).length, (w) => WORDS.has(w));
};

describe("the kind of a work after its title", () => {
  it("is a common word right after the closing bracket", () => {
    expect(at("最新一期《美国企业在中国》白皮书显示", "白皮书")).toBe(true);
    expect(at("《年度发展》报告指出", "报告")).toBe(true);
  });

  it("is not a name after the title, nor the word elsewhere", () => {
    expect(at("《年度发展》王大林说", "王大林")).toBe(false);
    expect(at("发布的白皮书显示", "白皮书")).toBe(false);
  });
});

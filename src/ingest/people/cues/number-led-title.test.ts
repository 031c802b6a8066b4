import { describe, expect, it } from "vitest";
import { numberLedTitleStart } from "./number-led-title";

const read = (text: string, role: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.lastIndexOf(role))).length;
  const end = start + Array.from(role).length;
  const at = numberLedTitleStart(chars, start);
  return at === null ? null : chars.slice(at, end).join("");
};

describe("a title whose organisation opens with a number", () => {
  it("opens the title with the number at the text's or a clause's start", () => {
    expect(read("　　580集团董事长林大同委员：", "集团董事长")).toBe("580集团董事长");
    expect(read("。” 7号隧道项目部经理王海说", "号隧道项目部经理")).toBe("7号隧道项目部经理");
    expect(read("580集团董事长", "集团董事长")).toBe("580集团董事长");
  });

  it("leaves a count, a date, a number after Han text or a longer number out", () => {
    expect(read("　　3名医生", "名医生")).toBeNull();
    expect(read("　　2020年度优秀教师", "年度优秀教师")).toBeNull();
    expect(read("，南岭580集团董事长", "集团董事长")).toBeNull();
    expect(read("　　1234567集团董事长", "集团董事长")).toBeNull();
    expect(read("　　3.5集团董事长", "集团董事长")).toBeNull();
    expect(read("、运—12总设计师", "总设计师")).toBeNull();
    expect(read("：580集团董事长", "集团董事长")).toBeNull();
    expect(read("　　集团董事长", "集团董事长")).toBeNull();
  });
});

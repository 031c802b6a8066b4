import { describe, expect, it } from "vitest";
import { concurrentTitleStart } from "./concurrent-title";
import { titlesBefore } from "./title-phrase";

describe("two posts joined by 兼", () => {
  it("starts the title at the post before 兼", () => {
    const chars = Array.from("，某公司总裁兼亚太区总裁");
    const at = chars.indexOf("亚");
    expect(concurrentTitleStart(chars, at, (end) => (end === at - 1 ? 1 : null))).toBe(1);
  });

  it("leaves a title with no 兼 before it, or no post before the 兼", () => {
    const chars = Array.from("，身兼亚太区总裁");
    const at = chars.indexOf("亚");
    expect(concurrentTitleStart(chars, at, () => null)).toBeNull();
    expect(concurrentTitleStart(Array.from("，亚太区总裁"), 1, () => 0)).toBeNull();
  });

  it("reads a region's post with the company's post before it as one title", () => {
    const chars = Array.from("。北辰公司执行副总裁兼亚太区总裁吴启明表示");
    expect(titlesBefore(chars, chars.indexOf("吴"), new Set(["亚太"]))).toEqual(["北辰公司执行副总裁兼亚太区总裁"]);
  });
});

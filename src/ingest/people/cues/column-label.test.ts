import { describe, expect, it } from "vitest";
import { columnLabelSpan, isInsideColumnLabel } from "./column-label";

const chars = (s: string) => Array.from(s);

describe("a heading's column label", () => {
  it("is the closing bracket of a heading", () => {
    expect(columnLabelSpan(chars("好诗词蕴藉高尚情操（名师谈艺）"))).toEqual({ start: 10, end: 14 });
    expect(columnLabelSpan(chars("好诗词蕴藉高尚情操"))).toBeNull();
    expect(columnLabelSpan(chars(`标题（${"长".repeat(30)}）`))).toBeNull();
  });

  it("holds no name, unless the name fills it", () => {
    const h = chars("好诗词蕴藉高尚情操（名师谈艺）");
    expect(isInsideColumnLabel(h, 12, 14)).toBe(true);
    expect(isInsideColumnLabel(h, 0, 2)).toBe(false);
    expect(isInsideColumnLabel(chars("致敬英雄（柯大为）"), 5, 8)).toBe(false);
  });
});

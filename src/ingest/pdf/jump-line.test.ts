import { describe, expect, it } from "vitest";
import { parseJumpLine } from "./jump-line";

describe("parseJumpLine", () => {
  it("reads where the article goes on and where it comes from", () => {
    expect(parseJumpLine("（下转第2版）")).toEqual({ raw: "（下转第2版）", direction: "to", page: 2 });
    expect(parseJumpLine("(上接第 十二 版)")).toMatchObject({ direction: "from", page: 12 });
    expect(parseJumpLine("（下转第四版）")).toMatchObject({ page: 4 });
  });
  it("is not fooled by running text that mentions a page", () => {
    expect(parseJumpLine("详见第2版的报道。")).toBeNull();
    expect(parseJumpLine("下转第0版")).toBeNull();
  });
});

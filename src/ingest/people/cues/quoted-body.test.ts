import { describe, expect, it } from "vitest";
import { MAX_QUOTED_BODY_NAME, quotedBodyStart } from "./quoted-body";

/** The title read over a quoted body name, when the parser's title is `cut` (a suffix of `text`); null when not read. */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const end = chars.length;
  const start = quotedBodyStart(chars, end - Array.from(cut).length, end);
  return start === null ? null : chars.slice(start, end).join("");
};

describe("a body's name in quotes before a post", () => {
  it("is read with the kind of body before it, to the clause start", () => {
    expect(read("。南岭环保组织“绿水网络”副总裁", "副总裁")).toBe("南岭环保组织“绿水网络”副总裁");
    expect(read("——北山智库“知南讲堂”专家", "专家")).toBe("北山智库“知南讲堂”专家");
  });

  it("leaves out an opener before the body", () => {
    expect(read("，会见南岭环保组织“绿水网络”副总裁", "副总裁")).toBe("南岭环保组织“绿水网络”副总裁");
  });

  it("is not read after punctuation, a function character or a verb alone, or over a long quote", () => {
    expect(read("他说：“好”主任", "主任")).toBeNull();
    expect(read("，被称为的“绿水”主任", "主任")).toBeNull();
    expect(read("，会见“绿水网络”主任", "主任")).toBeNull();
    expect(read(`，南岭组织“${"绿".repeat(MAX_QUOTED_BODY_NAME + 1)}”主任`, "主任")).toBeNull();
    expect(read("，南岭组织“绿水，网络”主任", "主任")).toBeNull();
    expect(read("，南岭组织绿水网络主任", "主任")).toBeNull();
  });
});

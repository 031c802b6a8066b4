import { describe, expect, it } from "vitest";
import { townshipOwnerStart } from "./township-owner";
import { titlesBefore } from "./title-phrase";

/** The title `text` ends with, read from `from` (its suffix), with the township before it; null when not. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const start = townshipOwnerStart(chars, chars.length - Array.from(from).length);
  return start === null ? null : chars.slice(start).join("");
};

describe("a street office or township before the title's place", () => {
  it("is taken when it opens its clause", () => {
    expect(read("。银杏街道南湖社区党委书记", "南湖社区党委书记")).toBe("银杏街道南湖社区党委书记");
    expect(read("，青石镇南湖村党支部书记", "南湖村党支部书记")).toBe("青石镇南湖村党支部书记");
  });

  it("is left inside its clause, with a name too long, and with no level word", () => {
    expect(read("。来到银杏街道南湖社区党委书记", "南湖社区党委书记")).toBeNull();
    expect(read("。银杏南湖社区党委书记", "南湖社区党委书记")).toBeNull();
    expect(read("。街道南湖社区党委书记", "南湖社区党委书记")).toBeNull();
  });

  it("reads the whole title before a name when the title starts at a known place", () => {
    const chars = Array.from("。银杏街道南湖社区党委书记林秀英说");
    expect(titlesBefore(chars, chars.indexOf("林"), new Set(["南湖"]))).toEqual(["银杏街道南湖社区党委书记"]);
  });
});

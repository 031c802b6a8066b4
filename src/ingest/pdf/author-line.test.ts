import { describe, expect, it } from "vitest";
import { authorLine } from "./author-line";

describe("authorLine", () => {
  it("reads a byline and a bare, spaced-out author name", () => {
    expect(authorLine("■ 通讯员 梁宇")).toEqual({ raw: "■ 通讯员 梁宇", reporters: ["梁宇"] });
    expect(authorLine("陈 曙 光")).toEqual({ raw: "陈 曙 光", reporters: ["陈曙光"] });
  });
  it("is not a sentence", () => {
    expect(authorLine("记者从会上获悉，")).toBeNull();
    expect(authorLine("中国特色社会主义新时代")).toBeNull();
  });
});

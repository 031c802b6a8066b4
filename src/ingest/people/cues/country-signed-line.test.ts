import { describe, expect, it } from "vitest";
import { countrySignedNameSpan } from "./country-signed-line";

describe("a guest writer's byline: the country in brackets, then the name", () => {
  it("gives the name after the bracket", () => {
    expect(countrySignedNameSpan("（瑞士）林禾")).toEqual({ start: 4, end: 6 });
    expect(countrySignedNameSpan("（阿尔及利亚）阿布·米尔 ")).toEqual({ start: 7, end: 12 });
  });

  it("is not a text, a long bracket, or a bracket alone", () => {
    expect(countrySignedNameSpan("（瑞士）林禾说，那年春天很冷。")).toBeNull();
    expect(countrySignedNameSpan("（本报评论部记者整理稿件）林禾")).toBeNull();
    expect(countrySignedNameSpan("（瑞士）")).toBeNull();
    expect(countrySignedNameSpan("林禾（瑞士）")).toBeNull();
    expect(countrySignedNameSpan("（2020年）林禾")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { bracketedPlaces } from "./bracketed-place";

describe("a city in brackets after its country", () => {
  it("is a place", () => {
    expect([...bracketedPlaces("一封发自南苏丹（柯巴）维和营的信")]).toEqual(["柯巴"]);
    expect([...bracketedPlaces("赴南苏丹（柯巴）维和，尼日利亚（柯拉）")]).toEqual(["柯巴", "柯拉"]);
  });

  it("is not a name in brackets after anything else", () => {
    expect([...bracketedPlaces("本报记者（柯巴）")]).toEqual([]);
    expect([...bracketedPlaces("南苏丹（柯巴维和步兵营）")]).toEqual([]);
    expect([...bracketedPlaces("（柯巴）")]).toEqual([]);
  });
});

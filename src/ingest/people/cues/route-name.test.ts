import { describe, expect, it } from "vitest";
import { isCutFromRouteName } from "./route-name";

const at = (text: string, name: string) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return isCutFromRouteName(Array.from(text), start, start + Array.from(name).length);
};

describe("a name cut out of a line's name", () => {
  it("is an end's abbreviation and the kind of line, after the other end's", () => {
    expect(at("京雄城际，京张高铁，崇礼铁路", "张高铁")).toBe(true);
    expect(at("沿沪杭高速行驶", "杭高速")).toBe(true);
  });

  it("is not a name after another character, nor a name that is not a line", () => {
    expect(at("他说张高铁来了", "张高铁")).toBe(false);
    expect(at("北京张大林说", "张大林")).toBe(false);
    expect(at("京张高铁", "高铁")).toBe(false);
  });
});

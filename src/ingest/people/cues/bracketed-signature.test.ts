import { describe, expect, it } from "vitest";
import { isBracketedSignatureName } from "./bracketed-signature";

const PLACES = new Set(["北京", "桃江"]);
const isPlace = (w: string) => PLACES.has(w);

/** Whether the name `name` in `text` (the names of `others` marked too) stands in a bracketed signature. */
function signed(text: string, name: string, others: readonly string[] = []): boolean {
  const chars = Array.from(text);
  const span = (n: string) => {
    const start = Array.from(text.slice(0, text.indexOf(n))).length;
    return { start, end: start + Array.from(n).length };
  };
  const m = span(name);
  return isBracketedSignatureName(chars, m.start, m.end, [m, ...others.map(span)], isPlace);
}

describe("isBracketedSignatureName", () => {
  it("vouches for a name after a unit or a place, closing the paragraph's bracket", () => {
    expect(signed("小桥修好了。（湖南桃江县牛耕田）", "牛耕田")).toBe(true);
    expect(signed("送来了煤。（四川绵阳市农机站宗合平）", "宗合平")).toBe(true);
    expect(signed("饭菜可口。（北京某某学校吕小禾）  ", "吕小禾")).toBe(true);
    // a known place right before the names
    expect(signed("通车了。（北京于冬青）", "于冬青")).toBe(true);
  });

  it("vouches for each of several names printed without a separator", () => {
    const text = "通车了。（甘肃某市交通局闵长顺柯玉兰）";
    expect(signed(text, "闵长顺", ["柯玉兰"])).toBe(true);
    expect(signed(text, "柯玉兰", ["闵长顺"])).toBe(true);
  });

  it("does not vouch for a name after a character that ends no unit: a cut after a surname", () => {
    expect(signed("比赛为期四天。（柯远山）", "远山")).toBe(false);
    expect(signed("比赛为期四天。（某某法院甘小禾柯远山）", "远山", ["甘小禾"])).toBe(false);
  });

  it("asks for the bracket to close the paragraph right after the names", () => {
    expect(signed("（湖南桃江县牛耕田）说，小桥修好了。", "牛耕田")).toBe(false);
    expect(signed("小桥修好了。（湖南桃江县牛耕田摄）", "牛耕田")).toBe(false);
  });

  it("asks for the bracket to open near, with no clause between", () => {
    expect(signed("他说（今年，湖南桃江县牛耕田）", "牛耕田")).toBe(false);
    expect(signed("小桥修好了。湖南桃江县牛耕田）", "牛耕田")).toBe(false);
    expect(signed(`（${"很".repeat(30)}县牛耕田）`, "牛耕田")).toBe(false);
  });
});

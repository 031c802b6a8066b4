import { describe, expect, it } from "vitest";
import { isInsideLongerPlace } from "./inside-place";

const inside = (text: string, part: string, places: string[] = []) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(part))).length;
  return isInsideLongerPlace(chars, start, start + Array.from(part).length, new Set(places));
};

describe("a mention inside a longer place", () => {
  it("is a piece of the place written around it (known places, Chinese places, countries)", () => {
    expect(inside("飞越珠穆朗玛峰的航线", "穆朗玛峰", ["珠穆朗玛峰"])).toBe(true);
    expect(inside("往返柯达满都的航线", "柯达", ["柯达满都"])).toBe(true);
    expect(inside("一艘悬挂圣文森特和格林纳丁斯旗的货轮", "格林纳丁")).toBe(true);
  });

  it("is a name where no longer place is written there", () => {
    expect(inside("往返柯达的航线", "柯达", ["柯达满都"])).toBe(false);
    expect(inside("柯远山说", "柯远山", ["柯远山"])).toBe(false);
  });
});

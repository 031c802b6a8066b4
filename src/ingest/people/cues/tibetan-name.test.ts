import { describe, expect, it } from "vitest";
import { isTibetanName, tibetanNames } from "./tibetan-name";

describe("Tibetan names", () => {
  it("reads two known parts as one name, wherever they stand", () => {
    const chars = Array.from("普布顿珠、次仁多吉、洛桑顿珠从营地出发（新华社记者索朗罗布摄）");
    expect(tibetanNames(chars).map((s) => chars.slice(s.start, s.end).join(""))).toEqual([
      "普布顿珠",
      "次仁多吉",
      "洛桑顿珠",
      "索朗罗布",
    ]);
  });

  it("takes neither one part alone nor a part beside an ordinary word", () => {
    expect(isTibetanName(Array.from("扎西"))).toBe(false);
    expect(isTibetanName(Array.from("扎西同志"))).toBe(false);
    expect(tibetanNames(Array.from("尼玛县的群众"))).toEqual([]);
  });
});

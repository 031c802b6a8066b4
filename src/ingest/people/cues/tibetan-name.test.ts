import { describe, expect, it } from "vitest";
import { isTibetanName, TIBETAN_NAME_PARTS, tibetanNames } from "./tibetan-name";

describe("Tibetan names", () => {
  it("reads two known parts as one name, wherever they stand", () => {
    const chars = Array.from("扎西平措、次仁多吉、格桑顿珠在村口迎客（本报记者索朗旺堆摄）");
    expect(tibetanNames(chars).map((s) => chars.slice(s.start, s.end).join(""))).toEqual([
      "扎西平措",
      "次仁多吉",
      "格桑顿珠",
      "索朗旺堆",
    ]);
  });

  it("takes neither one part alone nor a part beside an ordinary word", () => {
    expect(isTibetanName(Array.from("扎西"))).toBe(false);
    expect(isTibetanName(Array.from("扎西同志"))).toBe(false);
    expect(tibetanNames(Array.from("尼玛县的群众"))).toEqual([]);
  });

  it("knows every part as the list has it, and as the first or second part alike", () => {
    const parts = [...TIBETAN_NAME_PARTS];
    for (const [k, part] of parts.entries()) {
      const other = parts[(k * 7 + 3) % parts.length]!;
      expect(isTibetanName(Array.from(part + other))).toBe(true);
      expect(isTibetanName(Array.from(other + part))).toBe(true);
      // a part's characters the other way round, or beside an astral character, are no part
      expect(isTibetanName(Array.from(part + Array.from(other).reverse().join("")))).toBe(
        TIBETAN_NAME_PARTS.has(Array.from(other).reverse().join("")),
      );
      expect(isTibetanName(Array.from(`${part}𠀋${other[1]}`))).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import { MAX_NAME_GAP, findSpacedName, spacedNameEnd } from "./spaced-name";

describe("findSpacedName", () => {
  it("finds a name printed without spaces", () => {
    expect(findSpacedName("会上，林晓舟说。", "林晓舟")).toEqual([3, 6]);
  });
  it("finds a name padded with spaces between its characters, spaces included", () => {
    expect(findSpacedName("本报记者 于\u00a0\u00a0洋摄", "于洋")).toEqual([5, 9]);
    expect(findSpacedName("本报记者\u3000张\u3000枨", "张枨")).toEqual([5, 8]);
  });
  it("searches from a position and is null when the name is not there", () => {
    expect(findSpacedName("于洋和于 洋", "于洋", 1)).toEqual([3, 6]);
    expect(findSpacedName("于是洋溢", "于洋")).toBeNull();
  });
  it("takes no spaces before the name's first character or more than the padding", () => {
    expect(spacedNameEnd(" 于洋", 0, "于洋")).toBe(-1);
    expect(findSpacedName(`于${" ".repeat(MAX_NAME_GAP + 1)}洋`, "于洋")).toBeNull();
  });
});

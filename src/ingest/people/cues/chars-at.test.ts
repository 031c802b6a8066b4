import { describe, expect, it } from "vitest";
import { charsAt } from "./chars-at";

describe("charsAt", () => {
  const chars = Array.from("王𠀋书记");
  it("finds a word where its characters stand, astral ones counted as one", () => {
    expect(charsAt(chars, 0, ["王", "𠀋"])).toBe(true);
    expect(charsAt(chars, 2, ["书", "记"])).toBe(true);
    expect(charsAt(chars, 1, ["书"])).toBe(false);
  });
  it("finds nothing that runs past either end", () => {
    expect(charsAt(chars, 3, ["记", "者"])).toBe(false);
    expect(charsAt(chars, -1, ["王"])).toBe(false);
    expect(charsAt(chars, 4, [])).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { madeUpName } from "./made-up-names";

describe("madeUpName", () => {
  it("gives distinct three-character names, the same on every call", () => {
    const names = Array.from({ length: 20_000 }, (_, k) => madeUpName(k));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect([...name]).toHaveLength(3);
    expect(madeUpName(12_345)).toBe(madeUpName(12_345));
  });
});

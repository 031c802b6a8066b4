import { describe, expect, it } from "vitest";
import { mulberry32 } from "./seeded-random";

describe("mulberry32", () => {
  it("gives the same draw for the same seed, another for another seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(first);
  });

  it("draws in [0, 1) and spreads over the interval", () => {
    const next = mulberry32(7);
    const draws = Array.from({ length: 10_000 }, () => next());
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const tenths = new Array<number>(10).fill(0);
    for (const x of draws) tenths[Math.floor(x * 10)]! += 1;
    for (const n of tenths) expect(n).toBeGreaterThan(850);
  });

  it("reads a seed as its unsigned 32 bits (a negative seed is the same as its unsigned form)", () => {
    const a = mulberry32(-1);
    const b = mulberry32(0xffffffff);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intersect, union, withinRanges } from "./doc-set";

const ids = fc
  .uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 300 })
  .map((a) => Uint32Array.from(a.sort((x, y) => x - y)));

describe("doc sets", () => {
  it("intersect equals the naive intersection, for lists of any relative size", () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const expected = [...a].filter((x) => b.includes(x));
        expect([...intersect(a, b)]).toEqual(expected);
      }),
    );
    const big = Uint32Array.from({ length: 5000 }, (_, i) => i * 2);
    expect([...intersect(Uint32Array.of(3, 4, 9998, 10001), big)]).toEqual([4, 9998]);
  });

  it("union equals the naive union", () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        expect([...union(a, b)]).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
      }),
    );
  });

  it("keeps ids within ranges", () => {
    expect([
      ...withinRanges(Uint32Array.of(1, 5, 9, 12, 20), [
        [0, 2],
        [9, 13],
      ]),
    ]).toEqual([1, 9, 12]);
  });
});

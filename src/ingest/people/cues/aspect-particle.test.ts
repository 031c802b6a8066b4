import { describe, expect, it } from "vitest";
import { afterAspectParticle, holdsAspectParticle } from "./aspect-particle";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);

describe("aspect particle", () => {
  it("finds where a stretch may start after its last 着", () => {
    expect(afterAspectParticle(chars("跟着三沙市"), 1, 5)).toBe(2);
    expect(afterAspectParticle(chars("三沙市"), 0, 3)).toBe(0);
    expect(holdsAspectParticle(chars("随着县长"), 0, 2)).toBe(true);
    expect(holdsAspectParticle(chars("平安县长"), 0, 2)).toBe(false);
  });

  it("keeps the verb before 着 out of the title", () => {
    const clause = chars("我跟着白沙市七连屿工委书记方立新去种树");
    expect(titlesBefore(clause, 13)).toEqual(["白沙市七连屿工委书记"]);
    expect(titlesBefore(chars("随着县长方立新的到来"), 4)).toEqual(["县长"]);
    // 着陆 is a word, not a particle
    expect(titlesBefore(chars("载人航天工程着陆场系统副总设计师方立新说"), 16)).toEqual([
      "载人航天工程着陆场系统副总设计师",
    ]);
  });
});

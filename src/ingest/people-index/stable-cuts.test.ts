import { describe, expect, it } from "vitest";
import { stableCuts, type CutRule } from "./stable-cuts";

const RULE: CutRule<string> = { min: 20, max: 60, every: 15, size: () => 1, id: (item) => item };
const items = Array.from({ length: 3_000 }, (_, i) => `item-${String(i).padStart(5, "0")}`);

describe("stableCuts", () => {
  it("keeps every item in order, in runs between the bounds (the last may be shorter)", () => {
    const runs = stableCuts(items, RULE);
    expect(runs.flat()).toEqual(items);
    for (const run of runs.slice(0, -1)) {
      expect(run.length).toBeGreaterThanOrEqual(RULE.min);
      expect(run.length).toBeLessThanOrEqual(RULE.max);
    }
    const mean = items.length / runs.length;
    expect(mean).toBeGreaterThan(RULE.min);
    expect(mean).toBeLessThan(RULE.max);
  });

  it("moves the cuts around an item added or removed only: the other runs are the same", () => {
    const runs = stableCuts(items, RULE).map((run) => run.join());
    for (const at of [5, 700, 1_501, 2_990]) {
      const added = stableCuts([...items.slice(0, at), "item-added", ...items.slice(at)], RULE).map((r) => r.join());
      const removed = stableCuts([...items.slice(0, at), ...items.slice(at + 1)], RULE).map((r) => r.join());
      for (const changed of [added, removed]) {
        const kept = new Set(changed);
        const gone = runs.filter((run) => !kept.has(run));
        expect(gone.length, `at ${at}`).toBeGreaterThan(0);
        expect(gone.length, `at ${at}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it("bounds by size: an item larger than the bound is a run of its own", () => {
    const sized: CutRule<string> = { ...RULE, size: (item) => (item === "big" ? 100 : 1) };
    const runs = stableCuts(["a", "b", "big", "c"], sized);
    expect(runs).toEqual([["a", "b"], ["big"], ["c"]]);
  });
});

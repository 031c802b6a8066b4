import { describe, expect, it } from "vitest";
import { recut, type KeptRun } from "./recut";
import { stableCuts, type CutRule } from "./stable-cuts";

interface Item {
  id: string;
  value: number;
}
interface Run extends KeptRun {
  items: Item[];
}

const rule: CutRule<Item> = { min: 20, max: 60, every: 17, size: () => 1, id: (item) => item.id };
const order = (item: Item) => item.id;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `p${String(i * 3).padStart(6, "0")}`, value: i }));
const asRuns = (items: Item[]): Run[] => stableCuts(items, rule).map((run) => ({ from: run[0]!.id, items: run }));
const itemsOf = (runs: (Run | Item[])[]) => runs.map((run) => (Array.isArray(run) ? run : run.items));

describe("recut", () => {
  const before = ids(3_000);
  const old = asRuns(before);

  it("after items added, changed and removed, gives stableCuts of the new list, reading only the runs around them", async () => {
    // New items between old ones, before the first and after the last; one changed in place; three gone.
    const added = [1, 2_000, 4_501, 8_999].map((k) => ({ id: `p${String(k).padStart(6, "0")}`, value: -1 }));
    added.push({ id: "a", value: -2 }, { id: "q", value: -3 });
    const changed = { ...before[1_200]!, value: 99 };
    const gone = [before[10]!, before[2_222]!, before[2_223]!];
    const after = before
      .filter((item) => !gone.includes(item) && item.id !== changed.id)
      .concat(added, [changed])
      .sort((a, b) => compare(a.id, b.id));
    let loads = 0;
    const made = await recut(
      old,
      { put: [...added, changed], drop: new Map(gone.map((item) => [item.id, item.id])) },
      rule,
      order,
      compare,
      async (run) => {
        loads++;
        return run.items;
      },
    );
    expect(itemsOf(made.runs)).toEqual(stableCuts(after, rule));
    expect(made.read).toBe(loads);
    // Six places changed: each reads its run and, when a cut moved, the next few; far fewer than all.
    expect(loads).toBeGreaterThanOrEqual(5);
    expect(loads).toBeLessThanOrEqual(24);
    expect(made.runs.filter((run) => !Array.isArray(run)).length).toBeGreaterThan(old.length - 24);
  });

  it("keeps every run when nothing changed, and cuts from scratch when there were no runs", async () => {
    const none = await recut(old, { put: [], drop: new Map() }, rule, order, compare, () => {
      throw new Error("read");
    });
    expect(none.runs).toEqual(old);
    const fresh = await recut([], { put: [...before].reverse(), drop: new Map() }, rule, order, compare, () => {
      throw new Error("read");
    });
    expect(fresh.runs).toEqual(stableCuts(before, rule));
  });

  it("gives the new list's cuts after many random changes", async () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 20; round++) {
      const gone = before.filter(() => random() < 0.01);
      const added = Array.from({ length: 1 + Math.floor(random() * 30) }, () => ({
        id: `p${String(Math.floor(random() * 9_000) * 3 + 1).padStart(6, "0")}`,
        value: round,
      }));
      const unique = [...new Map(added.map((item) => [item.id, item])).values()];
      const after = before
        .filter((item) => !gone.includes(item))
        .concat(unique)
        .sort((a, b) => compare(a.id, b.id));
      const made = await recut(
        old,
        { put: unique, drop: new Map(gone.map((item) => [item.id, item.id])) },
        rule,
        order,
        compare,
        async (run) => run.items,
      );
      expect(itemsOf(made.runs)).toEqual(stableCuts(after, rule));
    }
  });
});

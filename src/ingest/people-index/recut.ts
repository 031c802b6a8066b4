import { Cutter, type CutRule } from "./stable-cuts";

/**
 * The runs of a sorted list cut by `stableCuts`, made again after a few items changed, from the runs
 * of the last build: only the runs around the changes are read and cut again, the others are kept
 * as they are. A stable cut depends only on the items since the cut before it, so the runs before
 * the first changed run are the same, and cutting goes on from that run's start (its items, with the
 * changes, then the next runs') until a cut falls at the end of an old run past the changes: from
 * there on the items and the cuts are the last build's again. The result is `stableCuts` of the new
 * list, run for run (kept runs stand for the same items), which is what lets an incremental build
 * equal a full one.
 */

/** A run the last build made: where it starts in the list's order (the order key of its first item). */
export interface KeptRun {
  from: string;
}

export interface RunChanges<T> {
  /** Items new or changed (a changed item has the id it had). */
  put: readonly T[];
  /** Items gone: id → order key (where they were). */
  drop: ReadonlyMap<string, string>;
}

export interface Recut<T, R extends KeptRun> {
  /** Each run in order: a kept run of the last build, or the items of a run made again. */
  runs: (R | T[])[];
  /** Old runs read to cut again. */
  read: number;
}

/**
 * `old`: the last build's runs in order; `order` gives an item's order key, compared by `compare`;
 * `load` reads an old run's items (in order). With no old runs, it is `stableCuts` of `put`.
 */
export async function recut<T, R extends KeptRun>(
  old: readonly R[],
  changes: RunChanges<T>,
  rule: CutRule<T>,
  order: (item: T) => string,
  compare: (a: string, b: string) => number,
  load: (run: R) => Promise<T[]>,
): Promise<Recut<T, R>> {
  // Each change goes to the old run it falls in: the last one starting at or before it.
  const at = (key: string): number => {
    let lo = 0;
    let hi = old.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compare(old[mid]!.from, key) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byRun = new Map<number, { put: T[]; drop: Set<string> }>();
  const touch = (n: number) => {
    let change = byRun.get(n);
    if (change === undefined) byRun.set(n, (change = { put: [], drop: new Set() }));
    return change;
  };
  for (const item of changes.put) touch(at(order(item))).put.push(item);
  for (const [id, key] of changes.drop) touch(at(key)).drop.add(id);

  const runs: (R | T[])[] = [];
  const cutter = new Cutter(rule);
  let read = 0;
  const runsOf = (items: readonly T[]) => {
    for (const item of items) runs.push(...cutter.push(item));
  };
  if (old.length === 0) runsOf([...changes.put].sort((a, b) => compare(order(a), order(b))));
  for (const [n, run] of old.entries()) {
    const change = byRun.get(n);
    if (!cutter.open && change === undefined) {
      runs.push(run);
      continue;
    }
    read++;
    let items = await load(run);
    if (change !== undefined) {
      const put = new Set(change.put.map((item) => rule.id(item)));
      items = items
        .filter((item) => !change.drop.has(rule.id(item)) && !put.has(rule.id(item)))
        .concat(change.put)
        .sort((a, b) => compare(order(a), order(b)));
    }
    runsOf(items);
  }
  runs.push(...cutter.rest());
  return { runs, read };
}

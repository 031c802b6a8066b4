import { nameHash } from "@/bundle/person-bucket";

/**
 * A sorted list cut into runs bounded in size, where the cuts depend on the items around them and
 * not on how many come before (content-defined chunking, as rsync and backup tools cut files). A
 * run ends after an item whose id hashes to a multiple of `every`, once the run holds at least
 * `min`; it also ends before an item that would take it past `max`. Each cut starts the next run
 * afresh, so a cut depends only on the items since the cut before it: an item added, removed or
 * changed in place moves the cuts of its own run and (rarely) of the next few, until a cut falls
 * where it fell before, and every other run keeps its items. Cutting by running counts instead
 * (every 400 people) shifts every later run when one person is added.
 *
 * `size` is an item's share of the bound (1 to count items, its bytes to bound bytes).
 */
export interface CutRule<T> {
  /** The least a run holds before an item may end it (in `size` units). */
  min: number;
  /** The most a run holds (in `size` units); an item larger than this makes a run of its own. */
  max: number;
  /** One item in this many ends a run (past `min`): the run's expected length after `min`, in items. */
  every: number;
  size: (item: T) => number;
  /** What the cut hashes: stable for an item as long as it stays in the list (a name, a key). */
  id: (item: T) => string;
}

export function stableCuts<T>(items: readonly T[], rule: CutRule<T>): T[][] {
  const cutter = new Cutter(rule);
  const runs: T[][] = [];
  for (const item of items) runs.push(...cutter.push(item));
  return runs.concat(cutter.rest());
}

/**
 * `stableCuts` an item at a time: `push` gives the runs an item ends (none, one, or two when the
 * item both starts a run past `max` and ends it), `rest` the run left open at the end. `open` says
 * whether a run is under way: when it is not, the next item starts a run as it would after any cut,
 * which is what lets a cut made again (`recut.ts`) meet the cuts of the last build.
 */
export class Cutter<T> {
  private run: T[] = [];
  private size = 0;

  constructor(private readonly rule: CutRule<T>) {}

  get open(): boolean {
    return this.run.length > 0;
  }

  push(item: T): T[][] {
    const runs: T[][] = [];
    const bytes = this.rule.size(item);
    if (this.run.length > 0 && this.size + bytes > this.rule.max) runs.push(this.take());
    this.run.push(item);
    this.size += bytes;
    if (this.size >= this.rule.min && mixed(nameHash(this.rule.id(item))) % this.rule.every === 0)
      runs.push(this.take());
    return runs;
  }

  rest(): T[][] {
    return this.run.length > 0 ? [this.take()] : [];
  }

  private take(): T[] {
    const run = this.run;
    this.run = [];
    this.size = 0;
    return run;
  }
}

/** MurmurHash3's finaliser: FNV-1a's low bits follow the last characters too closely to cut by. */
function mixed(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

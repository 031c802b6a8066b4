/** A seeded PRNG (mulberry32): the benchmark's corpora and queries are the same on every run. */
export interface Random {
  next(): number;
  int(max: number): number;
  pick<T>(list: readonly T[]): T;
}

export function seeded(seed: number): Random {
  let a = seed;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)]! };
}

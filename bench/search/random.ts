/** A seeded PRNG (mulberry32): the benchmark's corpora and queries are the same on every run. */
import { mulberry32 } from "@/ingest/seeded-random";

export interface Random {
  next(): number;
  int(max: number): number;
  pick<T>(list: readonly T[]): T;
}

export function seeded(seed: number): Random {
  const next = mulberry32(seed);
  const int = (max: number): number => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)]! };
}

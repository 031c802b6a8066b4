/**
 * mulberry32: a small seeded generator of numbers in [0, 1), the one every seeded draw of the
 * project uses (training runs, generated test corpora and layouts, benchmarks, the annotated
 * sets' selection), so a seed gives the same draw on every runtime and run. Not for anything secret.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

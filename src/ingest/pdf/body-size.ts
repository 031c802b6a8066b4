/**
 * The body text's size: the size most characters of the page are set in. Headlines, subheads,
 * bylines and captions are measured against it.
 */
export function bodySizeOf(runs: readonly { text: string; size: number }[]): number {
  const counts = new Map<number, number>();
  for (const run of runs) {
    const key = Math.round(run.size * 10) / 10;
    counts.set(key, (counts.get(key) ?? 0) + run.text.replace(/\s+/gu, "").length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of counts) {
    if (count > bestCount || (count === bestCount && size < best)) [best, bestCount] = [size, count];
  }
  return best;
}

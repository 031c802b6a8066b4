import { FeatureTable } from "./hash-table";
import type { TrainingExample } from "./training-data";

/** Counts features, keeps the frequent ones and rewrites each example's ids as row + 1 (0: dropped). */
export function indexFeatures(examples: readonly TrainingExample[], minCount: number): Uint32Array {
  const all = new FeatureTable(1 << 20);
  let counts = new Int32Array(1 << 20);
  for (const { features } of examples) {
    for (let i = 0; i < features.length; i++) {
      const row = all.add(features[i]!);
      if (row >= counts.length) {
        const bigger = new Int32Array(counts.length * 2);
        bigger.set(counts);
        counts = bigger;
      }
      counts[row]!++;
    }
  }
  const keep = new Int32Array(all.size).fill(-1);
  const keys: number[] = [];
  for (const [key, row] of all.entries()) {
    if (counts[row]! >= minCount) {
      keep[row] = keys.length;
      keys.push(key);
    }
  }
  for (const { features } of examples) {
    for (let i = 0; i < features.length; i++) features[i] = keep[all.get(features[i]!)]! + 1;
  }
  return Uint32Array.from(keys);
}

/** What the trainer reads and writes; shared by the trainer, the model codec and the scripts. */
export interface TrainingExample {
  /** `featuresPerChar` feature ids per position. Rewritten in place by `indexFeatures`. */
  features: Uint32Array;
  tags: Uint8Array;
}

export interface TrainedWeights {
  /** Feature ids, one per row of `weights`. */
  keys: Uint32Array;
  /** `TAG_COUNT` weights per row. */
  weights: Float32Array;
  /** Transition weights, `from * TAG_COUNT + to`. */
  transitions: Float64Array;
}

/** mulberry32: a tiny seeded generator, so that training runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

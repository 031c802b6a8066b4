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

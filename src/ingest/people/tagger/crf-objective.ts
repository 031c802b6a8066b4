import { minimizeLbfgs, type LbfgsProgress, type LbfgsResult, type Objective } from "./lbfgs";
import type { TrainedWeights, TrainingExample } from "./training-data";
import { forwardBackward } from "./train-crf";
import { TAG_COUNT } from "./tags";

/**
 * The CRF's full training objective, the one SGD in `trainCrf` minimises one sentence at a time:
 * Σ over the examples of −log p(gold tags) + l2 · ‖feature weights‖² / 2 (the transitions are not
 * penalised, as in SGD). The variables are the feature weights (`TAG_COUNT` per row, rows as
 * `indexFeatures` numbers them, example feature ids being row + 1 and 0 for dropped) followed by the
 * `TAG_COUNT²` transition weights. Full batch: the same value whatever the order of the examples.
 */
export function crfObjective(
  examples: readonly TrainingExample[],
  featuresPerChar: number,
  rows: number,
  l2: number,
): Objective {
  const T = TAG_COUNT;
  const F = featuresPerChar;
  const size = rows * T;
  return (x, gradient) => {
    const trans = x.subarray(size, size + T * T);
    const gTrans = gradient.subarray(size, size + T * T);
    let value = 0;
    for (let k = 0; k < size; k++) {
      value += (l2 * x[k]! * x[k]!) / 2;
      gradient[k] = l2 * x[k]!;
    }
    gTrans.fill(0);
    for (const { features, tags } of examples) {
      const n = tags.length;
      const em = new Float64Array(n * T);
      for (let p = 0; p < n; p++) {
        for (let f = p * F; f < (p + 1) * F; f++) {
          const row = features[f]!;
          if (row === 0) continue;
          for (let t = 0; t < T; t++) em[p * T + t]! += x[(row - 1) * T + t]!;
        }
      }
      const { marginals, pairs, logZ } = forwardBackward(em, n, trans);
      let gold = 0;
      for (let p = 0; p < n; p++) gold += em[p * T + tags[p]!]! + (p > 0 ? trans[tags[p - 1]! * T + tags[p]!]! : 0);
      value += logZ - gold;
      for (let p = 0; p < n; p++) {
        for (let f = p * F; f < (p + 1) * F; f++) {
          const row = features[f]!;
          if (row === 0) continue;
          const base = (row - 1) * T;
          for (let t = 0; t < T; t++) gradient[base + t]! += marginals[p * T + t]! - (t === tags[p] ? 1 : 0);
        }
      }
      for (let k = 0; k < T * T; k++) gTrans[k]! += pairs[k]!;
      for (let p = 1; p < n; p++) gTrans[tags[p - 1]! * T + tags[p]!]! -= 1;
    }
    return value;
  };
}

export interface RefineOptions {
  featuresPerChar: number;
  l2: number;
  iterations: number;
  gradientTolerance?: number;
  relativeDecrease?: number;
  onIteration?: (progress: LbfgsProgress, weights: () => TrainedWeights) => void;
}

/**
 * Runs L-BFGS on the full objective from trained weights (SGD's, as a warm start) and returns the
 * weights it ends at. `examples` must be the ones `trainCrf` indexed (their ids rewritten as rows).
 */
export function refineByLbfgs(
  examples: readonly TrainingExample[],
  start: TrainedWeights,
  options: RefineOptions,
): { weights: TrainedWeights; result: LbfgsResult } {
  const size = start.weights.length;
  const x0 = new Float64Array(size + TAG_COUNT * TAG_COUNT);
  x0.set(start.weights);
  x0.set(start.transitions, size);
  const toWeights = (x: Float64Array): TrainedWeights => ({
    keys: start.keys,
    weights: Float32Array.from(x.subarray(0, size)),
    transitions: Float64Array.from(x.subarray(size)),
  });
  const objective = crfObjective(examples, options.featuresPerChar, size / TAG_COUNT, options.l2);
  const result = minimizeLbfgs(objective, x0, {
    maxIterations: options.iterations,
    ...(options.gradientTolerance === undefined ? {} : { gradientTolerance: options.gradientTolerance }),
    ...(options.relativeDecrease === undefined ? {} : { relativeDecrease: options.relativeDecrease }),
    onIteration: (progress) => options.onIteration?.(progress, () => toWeights(progress.x)),
  });
  return { weights: toWeights(result.x), result };
}

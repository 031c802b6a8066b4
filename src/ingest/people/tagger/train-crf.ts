import { mulberry32 } from "../../seeded-random";
import type { TrainedWeights, TrainingExample } from "./training-data";
import { indexFeatures } from "./feature-index";
import { ALLOWED, CAN_END, CAN_START, TAG_COUNT } from "./tags";
import { WeightAverage } from "./weight-average";

/**
 * Trains the tagger as a linear-chain CRF by stochastic gradient descent with L2 regularisation.
 * Preferred to the averaged perceptron it replaced: with the same features, article F1 on days 16–20
 * went from 0.915 to 0.922 (the L2 penalty keeps it from memorising the names it trains on), and its
 * span probabilities mean something, which the cues and the support check rely on.
 * Deterministic: sentence order from a seeded generator, no other randomness.
 */
export interface CrfOptions {
  featuresPerChar: number;
  epochs: number;
  minCount: number;
  seed: number;
  /** L2 strength per example (the penalty is λ‖w‖²/2 over the whole data set). */
  l2: number;
  /** Initial learning rate, decayed as η0 / (1 + t / examples). */
  learningRate: number;
  /**
   * Averaged SGD: when set, the weights returned are the mean of the weights after every step from
   * the start of this epoch (1-based) to the end, not the last step's.
   */
  averageFrom?: number;
  onEpoch?: (epoch: number, logLoss: number) => void;
  /**
   * After each of these epochs, `onSnapshot` gets the weights a training of that many epochs would
   * return (the learning rate and the averaging do not depend on the number of epochs, so one long
   * run gives the shorter ones too).
   */
  snapshotAt?: readonly number[];
  onSnapshot?: (epoch: number, weights: TrainedWeights) => void;
}

export function trainCrf(examples: readonly TrainingExample[], options: CrfOptions): TrainedWeights {
  const T = TAG_COUNT;
  const F = options.featuresPerChar;
  const keys = indexFeatures(examples, options.minCount);
  const v = new Float64Array(keys.length * T); // weights = scale * v (lazy L2 decay)
  let scale = 1;
  const trans = new Float64Array(T * T);
  const random = mulberry32(options.seed);
  const order = examples.map((_, i) => i);
  const lambda = options.l2 / examples.length;
  let step = 0;
  const average = new WeightAverage(v.length);
  const transSum = new Float64Array(T * T);
  let averaged = 0;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const averaging = options.averageFrom !== undefined && epoch >= options.averageFrom;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const index of order) {
      const eta = options.learningRate / (1 + step / examples.length);
      step++;
      const { features, tags } = examples[index]!;
      const n = tags.length;
      const em = new Float64Array(n * T);
      for (let p = 0; p < n; p++) {
        for (let f = p * F; f < (p + 1) * F; f++) {
          const row = features[f]!;
          if (row === 0) continue;
          for (let t = 0; t < T; t++) em[p * T + t]! += scale * v[(row - 1) * T + t]!;
        }
      }
      const { marginals, pairs, logZ } = forwardBackward(em, n, trans);
      let goldScore = 0;
      for (let p = 0; p < n; p++)
        goldScore += em[p * T + tags[p]!]! + (p > 0 ? trans[tags[p - 1]! * T + tags[p]!]! : 0);
      loss += logZ - goldScore;
      scale *= 1 - eta * lambda;
      if (scale < 1e-6) {
        for (let k = 0; k < v.length; k++) v[k]! *= scale;
        average.rescaled(scale);
        scale = 1;
      }
      const g = eta / scale;
      for (let p = 0; p < n; p++) {
        let big = false;
        for (let t = 0; t < T; t++) if (Math.abs((t === tags[p] ? 1 : 0) - marginals[p * T + t]!) > 1e-4) big = true;
        if (!big) continue;
        for (let f = p * F; f < (p + 1) * F; f++) {
          const row = features[f]!;
          if (row === 0) continue;
          const base = (row - 1) * T;
          for (let t = 0; t < T; t++) {
            const delta = g * ((t === tags[p] ? 1 : 0) - marginals[p * T + t]!);
            v[base + t]! += delta;
            average.changed(base + t, delta);
          }
        }
      }
      for (let p = 1; p < n; p++) trans[tags[p - 1]! * T + tags[p]!]! += eta;
      for (let k = 0; k < T * T; k++) trans[k]! -= eta * pairs[k]!;
      if (averaging) {
        average.endStep(scale);
        for (let k = 0; k < T * T; k++) transSum[k]! += trans[k]!;
        averaged++;
      }
    }
    options.onEpoch?.(epoch, loss);
    if (options.snapshotAt?.includes(epoch) && epoch < options.epochs) options.onSnapshot?.(epoch, result());
  }
  return result();

  function result(): TrainedWeights {
    const weights = Float32Array.from(average.mean(v, scale));
    const transitions = averaged > 0 ? Float64Array.from(transSum, (x) => x / averaged) : Float64Array.from(trans);
    return { keys, weights, transitions };
  }
}

/**
 * Forward–backward in the linear domain with per-position normalisation: tag marginals per
 * position, expected transition counts summed over the sentence, and log Z.
 */
export function forwardBackward(
  em: Float64Array,
  n: number,
  trans: Float64Array,
): { marginals: Float64Array; pairs: Float64Array; logZ: number } {
  const T = TAG_COUNT;
  const expTrans = new Float64Array(T * T);
  for (let k = 0; k < T * T; k++) expTrans[k] = ALLOWED[k] ? Math.exp(trans[k]!) : 0;
  const psi = new Float64Array(n * T);
  const shift = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, em[p * T + t]!);
    shift[p] = max;
    for (let t = 0; t < T; t++) psi[p * T + t] = Math.exp(em[p * T + t]! - max);
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const norm = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let sum = 0;
    for (let t = 0; t < T; t++) {
      let a = 0;
      if (p === 0) a = CAN_START[t] ? 1 : 0;
      else for (let f = 0; f < T; f++) a += alpha[(p - 1) * T + f]! * expTrans[f * T + t]!;
      a *= psi[p * T + t]!;
      alpha[p * T + t] = a;
      sum += a;
    }
    norm[p] = sum;
    for (let t = 0; t < T; t++) alpha[p * T + t]! /= sum;
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = CAN_END[t] ? 1 : 0;
  let endSum = 0;
  for (let t = 0; t < T; t++) endSum += alpha[(n - 1) * T + t]! * beta[(n - 1) * T + t]!;
  for (let p = n - 2; p >= 0; p--) {
    for (let t = 0; t < T; t++) {
      let b = 0;
      for (let u = 0; u < T; u++) b += expTrans[t * T + u]! * psi[(p + 1) * T + u]! * beta[(p + 1) * T + u]!;
      beta[p * T + t] = b / norm[p + 1]!;
    }
  }
  let logZ = Math.log(endSum);
  for (let p = 0; p < n; p++) logZ += Math.log(norm[p]!) + shift[p]!;
  const marginals = new Float64Array(n * T);
  for (let p = 0; p < n; p++) {
    for (let t = 0; t < T; t++) marginals[p * T + t] = (alpha[p * T + t]! * beta[p * T + t]!) / endSum;
  }
  const pairs = new Float64Array(T * T);
  for (let p = 1; p < n; p++) {
    for (let f = 0; f < T; f++) {
      const a = alpha[(p - 1) * T + f]!;
      if (a === 0) continue;
      for (let t = 0; t < T; t++) {
        pairs[f * T + t]! += (a * expTrans[f * T + t]! * psi[p * T + t]! * beta[p * T + t]!) / (norm[p]! * endSum);
      }
    }
  }
  return { marginals, pairs, logZ };
}

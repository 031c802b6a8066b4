import { describe, expect, it } from "vitest";
import { FEATURES_PER_CHAR, sentenceFeatures, toTaggerInput } from "./char-features";
import { crfObjective, refineByLbfgs } from "./crf-objective";
import { EMPTY_LEXICONS } from "./lexicons";
import { spansToTags, TAG_COUNT } from "./tags";
import { forwardBackward, trainCrf } from "./train-crf";
import type { TrainedWeights } from "./training-data";
import { mulberry32 } from "../../seeded-random";

/**
 * A tiny made-up tagging set. Some texts come twice with different tags (as annotators disagree),
 * and between them every allowed transition occurs: the transitions are not penalised, and on a
 * set the model could fit perfectly some of them would run off to ±∞ with no optimum to reach.
 */
const TAGGED: [string, [number, number][]][] = [
  ["李明说好。", [[0, 2]]],
  ["李明说好。", [[0, 1]]],
  ["王强说不。", [[0, 2]]],
  ["今天很好。", []],
  ["张华来了。", [[0, 2]]],
  ["记者王建国报道。", [[2, 5]]],
  ["记者王建国报道。", [[2, 4]]],
  [
    "王强张华说好。",
    [
      [0, 2],
      [2, 4],
    ],
  ],
  [
    "王张说好。",
    [
      [0, 1],
      [1, 2],
    ],
  ],
  [
    "王张华说好。",
    [
      [0, 1],
      [1, 3],
    ],
  ],
  [
    "张华王说好。",
    [
      [0, 2],
      [2, 3],
    ],
  ],
  ["欧阳建国说好。", [[0, 4]]],
  ["今天王说好。", [[2, 3]]],
];

function examples() {
  return TAGGED.map(([text, spans]) => {
    const input = toTaggerInput(text);
    const tags = spansToTags(
      input.chars.length,
      spans.map(([start, end]) => ({ start, end })),
    );
    return { features: sentenceFeatures(input, EMPTY_LEXICONS), tags };
  });
}

const OPTIONS = { featuresPerChar: FEATURES_PER_CHAR, minCount: 1, l2: 1, learningRate: 0.1 };

describe("the CRF's full objective", () => {
  it("has the gradient of its value (central finite differences)", () => {
    const set = examples();
    const { keys } = trainCrf(set, { ...OPTIONS, epochs: 1, seed: 1 });
    const size = keys.length * TAG_COUNT + TAG_COUNT * TAG_COUNT;
    const random = mulberry32(11);
    const x = Float64Array.from({ length: size }, () => random() - 0.5);
    const objective = crfObjective(set, FEATURES_PER_CHAR, keys.length, 0.7);
    const gradient = new Float64Array(size);
    objective(x, gradient);
    const h = 1e-5;
    const scratch = new Float64Array(size);
    // Every transition weight and a spread of feature weights.
    const checked = [
      ...Array.from({ length: 40 }, (_, i) => Math.floor((i * (size - 25)) / 40)),
      ...Array.from({ length: 25 }, (_, i) => size - 25 + i),
    ];
    for (const k of checked) {
      const up = Float64Array.from(x);
      up[k]! += h;
      const down = Float64Array.from(x);
      down[k]! -= h;
      const numeric = (objective(up, scratch) - objective(down, scratch)) / (2 * h);
      expect(gradient[k]).toBeCloseTo(numeric, 5);
    }
    expect(gradient.some((v) => Math.abs(v) > 0.01)).toBe(true);
  });

  it("brings SGD models of two sentence orders to the same model", () => {
    const a = examples();
    const b = examples();
    const sgdA = trainCrf(a, { ...OPTIONS, epochs: 3, seed: 1 });
    const sgdB = trainCrf(b, { ...OPTIONS, epochs: 3, seed: 2 });
    expect(Array.from(sgdA.keys)).toEqual(Array.from(sgdB.keys));
    expect(gap(sgdA.weights, sgdB.weights)).toBeGreaterThan(1e-2);
    const refine = { featuresPerChar: FEATURES_PER_CHAR, l2: 1, iterations: 5000, gradientTolerance: 1e-6 };
    const fromA = refineByLbfgs(a, sgdA, { ...refine, relativeDecrease: 0 });
    const fromB = refineByLbfgs(b, sgdB, { ...refine, relativeDecrease: 0 });
    expect(fromA.result.reason).toBe("gradient");
    expect(fromB.result.reason).toBe("gradient");
    // The feature weights are penalised: one optimum.
    expect(gap(fromA.weights.weights, fromB.weights.weights)).toBeLessThan(1e-3);
    // The transitions are not, and the objective is flat along some of their directions (a constant
    // added to all of them moves every path's score alike), so compare what they mean: the tag
    // probabilities of every sentence, which the two models must share.
    for (const { features, tags } of a) {
      const margA = marginalsOf(fromA.weights, features, tags.length);
      const margB = marginalsOf(fromB.weights, features, tags.length);
      expect(gap(margA, margB)).toBeLessThan(1e-3);
    }
    expect(gap(marginalsOf(sgdA, a[0]!.features, 5), marginalsOf(sgdB, a[0]!.features, 5))).toBeGreaterThan(1e-3);
    // And it is the optimum: lower than where SGD stopped.
    const objective = crfObjective(a, FEATURES_PER_CHAR, sgdA.keys.length, 1);
    const at = (w: TrainedWeights) => {
      const x = new Float64Array(w.weights.length + TAG_COUNT * TAG_COUNT);
      x.set(w.weights);
      x.set(w.transitions, w.weights.length);
      return objective(x, new Float64Array(x.length));
    };
    expect(fromA.result.value).toBeLessThan(at(sgdA) - 0.1);
    expect(at(fromB.weights)).toBeCloseTo(fromA.result.value, 4);
  });
});

function gap(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i < x.length; i++) most = Math.max(most, Math.abs(x[i]! - y[i]!));
  return most;
}

/** Tag marginals of one indexed sentence under trained weights. */
function marginalsOf(w: TrainedWeights, features: Uint32Array, n: number): Float64Array {
  const em = new Float64Array(n * TAG_COUNT);
  for (let p = 0; p < n; p++) {
    for (let f = p * FEATURES_PER_CHAR; f < (p + 1) * FEATURES_PER_CHAR; f++) {
      const row = features[f]!;
      if (row === 0) continue;
      for (let t = 0; t < TAG_COUNT; t++) em[p * TAG_COUNT + t]! += w.weights[(row - 1) * TAG_COUNT + t]!;
    }
  }
  return forwardBackward(em, n, w.transitions).marginals;
}

import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { featuresPerChar } from "./char-features";
import { EMPTY_LEXICONS } from "./lexicons";
import { TaggerModel } from "./tagger-model";
import { TAG_COUNT } from "./tags";

/** The emission scores as the plain loop computes them: each feature's row added into the position's scores, in order. */
function plainEmissions(keys: Uint32Array, weights: Float32Array, features: Uint32Array, stride: number): Float32Array {
  const rowOf = new Map<number, number>();
  keys.forEach((k, row) => rowOf.set(k === 0 ? 1 : k, row));
  const n = features.length / stride;
  const em = new Float32Array(n * TAG_COUNT);
  for (let p = 0; p < n; p++) {
    for (let f = p * stride; f < (p + 1) * stride; f++) {
      const row = rowOf.get(features[f] === 0 ? 1 : features[f]!);
      if (row === undefined) continue;
      for (let t = 0; t < TAG_COUNT; t++) em[p * TAG_COUNT + t]! += weights[row * TAG_COUNT + t]!;
    }
  }
  return em;
}

describe("TaggerModel.score", () => {
  it("gives the float32 sums of the plain loop, bit for bit, with and without the previous scores", () => {
    const random = mulberry32(7);
    const keys = Uint32Array.from({ length: 3000 }, () => Math.floor(random() * 2 ** 32));
    // weights of very different sizes, so that the order and the rounding of the sums show
    const weights = Float32Array.from(
      { length: keys.length * TAG_COUNT },
      () => (random() - 0.5) * 10 ** (random() * 8 - 4),
    );
    const model = new TaggerModel(keys, weights, new Float64Array(TAG_COUNT * TAG_COUNT), EMPTY_LEXICONS);
    const stride = featuresPerChar(EMPTY_LEXICONS);
    for (let round = 0; round < 20; round++) {
      const n = 1 + Math.floor(random() * 40);
      // known features mostly, some unknown ones
      const pick = () => (random() < 0.8 ? keys[Math.floor(random() * keys.length)]! : Math.floor(random() * 2 ** 32));
      const features = Uint32Array.from({ length: n * stride }, pick);
      const first = model.score(features);
      expect(Array.from(first.emissions)).toEqual(Array.from(plainEmissions(keys, weights, features, stride)));
      const changed = features.slice();
      for (let k = 0; k < 5; k++) changed[Math.floor(random() * changed.length)] = pick();
      const again = model.score(changed, first);
      expect(Array.from(again.emissions)).toEqual(Array.from(plainEmissions(keys, weights, changed, stride)));
    }
  });
  it("gives the same bits from the packed table when the weights are quantised (as the model file's are)", () => {
    const random = mulberry32(8);
    const keys = Uint32Array.from({ length: 3000 }, (_, i) => (i === 3 ? 0 : Math.floor(random() * 2 ** 32)));
    // int8 codes times one scale, and some -0, as `decodeModel` makes them
    const weights = Float32Array.from({ length: keys.length * TAG_COUNT }, () =>
      random() < 0.05 ? -0 : (Math.round(random() * 254) - 127) * 0.0371,
    );
    const model = new TaggerModel(keys, weights, new Float64Array(TAG_COUNT * TAG_COUNT), EMPTY_LEXICONS);
    expect((model as unknown as { packed: unknown }).packed).not.toBeNull();
    const stride = featuresPerChar(EMPTY_LEXICONS);
    const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));
    for (let round = 0; round < 20; round++) {
      const n = 1 + Math.floor(random() * 40);
      const pick = () =>
        random() < 0.8
          ? keys[Math.floor(random() * keys.length)]!
          : random() < 0.1
            ? 1
            : Math.floor(random() * 2 ** 32);
      const features = Uint32Array.from({ length: n * stride }, pick);
      const first = model.score(features);
      expect(bits(first.emissions)).toEqual(bits(plainEmissions(keys, weights, features, stride)));
      const changed = features.slice();
      for (let k = 0; k < 5; k++) changed[Math.floor(random() * changed.length)] = pick();
      const again = model.score(changed, first);
      expect(bits(again.emissions)).toEqual(bits(plainEmissions(keys, weights, changed, stride)));
    }
  });
});

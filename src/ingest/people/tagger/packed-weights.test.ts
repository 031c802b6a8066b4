import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { FeatureTable } from "./hash-table";
import { PackedWeights } from "./packed-weights";
import { TAG_COUNT } from "./tags";

/** Weights as the model file gives them: int8 codes times one scale, some -0 among them. */
function quantisedWeights(rows: number, random: () => number): Float32Array {
  const scale = 0.0123;
  return Float32Array.from({ length: rows * TAG_COUNT }, () => {
    const q = Math.round(random() * 254) - 127;
    return random() < 0.02 ? -0 : q * scale;
  });
}

/** The bits of a float32, so that -0 and 0 (and NaNs) are told apart. */
function bitsOf(x: number): number {
  return new Uint32Array(Float32Array.of(x).buffer)[0]!;
}

describe("PackedWeights", () => {
  it("finds every key's weights as FeatureTable and the weight rows do, bit for bit, and misses the same keys", () => {
    const random = mulberry32(11);
    // keys with repeats and both 0 and 1 (read as one key), so that the rows' numbering shows
    const keys = Uint32Array.from({ length: 20000 }, (_, i) =>
      i === 5 ? 0 : i === 9 ? 1 : random() < 0.01 ? 77 : Math.floor(random() * 2 ** 32),
    );
    const weights = quantisedWeights(keys.length, random);
    const packed = PackedWeights.from(keys, weights)!;
    expect(packed).not.toBeNull();
    const table = new FeatureTable(keys.length);
    for (const key of keys) table.add(key);
    const asked = [
      ...keys,
      0,
      1,
      2,
      2 ** 32 - 1,
      ...Array.from({ length: 20000 }, () => Math.floor(random() * 2 ** 32)),
    ];
    const wrong: number[] = [];
    for (const hash of asked) {
      const row = table.get(hash);
      const at = packed.find(hash);
      if (at < 0 !== row < 0) wrong.push(hash);
      if (row < 0 || at < 0) continue;
      for (let t = 0; t < TAG_COUNT; t++) {
        if (bitsOf(packed.palette[packed.codes[at + t]!]!) !== bitsOf(weights[row * TAG_COUNT + t]!)) wrong.push(hash);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("declines weights of more than 256 values, or fewer rows than keys", () => {
    const keys = Uint32Array.from({ length: 100 }, (_, i) => i + 1);
    const many = Float32Array.from({ length: keys.length * TAG_COUNT }, (_, i) => i / 7);
    expect(PackedWeights.from(keys, many)).toBeNull();
    expect(PackedWeights.from(keys, new Float32Array(keys.length * TAG_COUNT - 1))).toBeNull();
    expect(PackedWeights.from(keys, new Float32Array(keys.length * TAG_COUNT))).not.toBeNull();
  });
});

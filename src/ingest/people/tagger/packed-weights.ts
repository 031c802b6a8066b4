import { TAG_COUNT } from "./tags";

/** Bytes per slot: the feature id (4), the five tags' weight codes (5), padding to 16. */
const SLOT_BYTES = 16;

/**
 * The model's features and weights in one open-addressing table, for `TaggerModel.score`, when the
 * weights take at most 256 values (the model file's do: int8 times one scale). A slot holds a
 * feature id and its row's five weights as one-byte codes into a palette of the float32 values, 16
 * bytes, so a lookup reads one cache line where `FeatureTable` and a weight array read three (the
 * key, the row, the weights): 2 MB in place of 3.4 MB for the shipped model. Keys are read as
 * `FeatureTable` reads them (0 stored as 1, a repeated key keeps its first row, rows numbered as it
 * numbers them), and `palette[code]` is the weight's float32, bit for bit.
 */
export class PackedWeights {
  private constructor(
    /** `words[slot * 4]`: the slot's key, 0 when empty. */
    private readonly words: Uint32Array,
    /** `codes[slot * 16 + 4 + t]`: the palette index of tag t's weight. */
    readonly codes: Uint8Array,
    readonly palette: Float32Array,
    private readonly mask: number,
  ) {}

  /**
   * The table of `keys` with their rows of `weights` (`TAG_COUNT` a row), or null if the weights take
   * more than 256 values (a model fresh from training) or are fewer rows than the keys.
   */
  static from(keys: Uint32Array, weights: Float32Array): PackedWeights | null {
    if (weights.length < keys.length * TAG_COUNT) return null;
    // Values told apart by their bits (so 0 and -0 stay two, as the sums would see them).
    const bits = new Uint32Array(weights.buffer, weights.byteOffset, weights.length);
    const codeOf = new Map<number, number>();
    for (let i = 0; i < bits.length; i++) {
      if (codeOf.has(bits[i]!)) continue;
      if (codeOf.size === 256) return null;
      codeOf.set(bits[i]!, codeOf.size);
    }
    const paletteBits = Uint32Array.from(codeOf.keys());
    const palette = new Float32Array(paletteBits.buffer);
    let slots = 1024;
    while (slots < keys.length * 1.5) slots *= 2;
    const buffer = new ArrayBuffer(slots * SLOT_BYTES);
    const words = new Uint32Array(buffer);
    const codes = new Uint8Array(buffer);
    const mask = slots - 1;
    let rows = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] === 0 ? 1 : keys[i]!;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (words[slot * 4] !== 0 && words[slot * 4] !== key) slot = (slot + 1) & mask;
      if (words[slot * 4] === key) continue;
      words[slot * 4] = key;
      for (let t = 0; t < TAG_COUNT; t++) codes[slot * SLOT_BYTES + 4 + t] = codeOf.get(bits[rows * TAG_COUNT + t]!)!;
      rows++;
    }
    return new PackedWeights(words, codes, palette, mask);
  }

  /** Where a feature id's five codes start in `codes`, or -1 when the model has no such feature. */
  find(hash: number): number {
    const key = hash === 0 ? 1 : hash;
    const { words, mask } = this;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = words[slot * 4]!;
      if (k === key) return slot * SLOT_BYTES + 4;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }
}

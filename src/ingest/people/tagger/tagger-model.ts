import { featuresPerChar, sentenceFeatures, toTaggerInput, type TaggerInput } from "./char-features";
import { FeatureTable } from "./hash-table";
import type { Lexicons } from "./lexicons";
import { PackedWeights } from "./packed-weights";
import { TAG_COUNT, tagsToSpans, type Span } from "./tags";
import { viterbi } from "./viterbi";

/** A name the tagger found, with the sentence's characters it spans. */
export interface TaggedSpan extends Span {
  text: string;
}

/** What a tagged sentence keeps for the cues and the consistency pass to use. */
export interface TaggedSentence {
  input: TaggerInput;
  emissions: Float32Array;
  spans: TaggedSpan[];
}

/** A sentence's feature ids and the emission scores they give. */
export interface SentenceScores {
  features: Uint32Array;
  emissions: Float32Array;
}

/** `score` keeps one sum per tag in a local: written for BIESO's five (a type error if `TAG_COUNT` changes). */
const FIVE_TAGS: 5 = TAG_COUNT;

function sameRange(a: Uint32Array, b: Uint32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The tagger at run time: feature rows in a hash table, weights in a flat array (`TAG_COUNT` per
 * row), transitions. Built from training output or from the model file; a model from the file (at
 * most 256 weight values) is weighed from `PackedWeights` instead, with the same results.
 */
export class TaggerModel {
  private readonly table: FeatureTable;
  /** The same features and weights in one table, when the weights allow it (a model from the file). */
  private readonly packed: PackedWeights | null;
  /** Feature ids per position: the model's lexicons say whether it reads character clusters. */
  private readonly stride: number;

  constructor(
    keys: Uint32Array,
    private readonly weights: Float32Array,
    readonly transitions: Float64Array,
    readonly lexicons: Lexicons,
  ) {
    this.stride = featuresPerChar(lexicons);
    this.table = new FeatureTable(keys.length);
    for (const key of keys) this.table.add(key);
    this.packed = PackedWeights.from(keys, weights);
  }

  /** Emission scores of each position and tag, `emissions[i * TAG_COUNT + t]`. */
  emissions(input: TaggerInput, lexicons: Lexicons = this.lexicons): Float32Array {
    return this.score(sentenceFeatures(input, lexicons)).emissions;
  }

  /**
   * A sentence's features (`sentenceFeatures`) weighed: its emission scores. With `previous`, the
   * scores of other features of the same sentence, a position whose features are all the same
   * keeps its scores from there (the same sums, not summed again).
   */
  score(features: Uint32Array, previous?: SentenceScores): SentenceScores {
    if (this.packed !== null) return this.scorePacked(this.packed, features, previous);
    const F = this.stride;
    const n = features.length / F;
    const em = new Float32Array(n * TAG_COUNT);
    const { table, weights } = this;
    for (let p = 0; p < n; p++) {
      const from = p * F;
      const to = from + F;
      const at = p * TAG_COUNT;
      if (previous !== undefined && sameRange(features, previous.features, from, to)) {
        em.set(previous.emissions.subarray(at, at + TAG_COUNT), at);
        continue;
      }
      // The five tags' sums in locals, each rounded to float32 after every addition as a store to
      // `em` would round it: the same numbers as adding into `em` in place, in half the time (the
      // typed-array loads and stores were most of the loop).
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      for (let f = from; f < to; f++) {
        const row = table.get(features[f]!);
        if (row < 0) continue;
        const w = row * FIVE_TAGS;
        s0 = Math.fround(s0 + weights[w]!);
        s1 = Math.fround(s1 + weights[w + 1]!);
        s2 = Math.fround(s2 + weights[w + 2]!);
        s3 = Math.fround(s3 + weights[w + 3]!);
        s4 = Math.fround(s4 + weights[w + 4]!);
      }
      em[at] = s0;
      em[at + 1] = s1;
      em[at + 2] = s2;
      em[at + 3] = s3;
      em[at + 4] = s4;
    }
    return { features, emissions: em };
  }

  /**
   * `score` over `PackedWeights`: the same loop, each weight read as `palette[code]` (the same
   * float32), one cache line a lookup.
   */
  private scorePacked(packed: PackedWeights, features: Uint32Array, previous?: SentenceScores): SentenceScores {
    const F = this.stride;
    const n = features.length / F;
    const em = new Float32Array(n * TAG_COUNT);
    const { codes, palette } = packed;
    for (let p = 0; p < n; p++) {
      const from = p * F;
      const to = from + F;
      const at = p * TAG_COUNT;
      if (previous !== undefined && sameRange(features, previous.features, from, to)) {
        em.set(previous.emissions.subarray(at, at + TAG_COUNT), at);
        continue;
      }
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      for (let f = from; f < to; f++) {
        const c = packed.find(features[f]!);
        if (c < 0) continue;
        s0 = Math.fround(s0 + palette[codes[c]!]!);
        s1 = Math.fround(s1 + palette[codes[c + 1]!]!);
        s2 = Math.fround(s2 + palette[codes[c + 2]!]!);
        s3 = Math.fround(s3 + palette[codes[c + 3]!]!);
        s4 = Math.fround(s4 + palette[codes[c + 4]!]!);
      }
      em[at] = s0;
      em[at + 1] = s1;
      em[at + 2] = s2;
      em[at + 3] = s3;
      em[at + 4] = s4;
    }
    return { features, emissions: em };
  }

  tagSentence(text: string): TaggedSentence {
    const input = toTaggerInput(text);
    const emissions = this.emissions(input);
    const tags = viterbi(emissions, input.chars.length, this.transitions);
    const spans = tagsToSpans(tags).map((s) => ({ ...s, text: input.chars.slice(s.start, s.end).join("") }));
    return { input, emissions, spans };
  }
}

import { FEATURES_PER_CHAR, sentenceFeatures, toTaggerInput, type TaggerInput } from "./char-features";
import { FeatureTable } from "./hash-table";
import type { Lexicons } from "./lexicons";
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

/**
 * The tagger at run time: feature rows in a hash table, weights in a flat array (`TAG_COUNT` per
 * row), transitions. Built from training output or from the model file.
 */
export class TaggerModel {
  private readonly table: FeatureTable;

  constructor(
    keys: Uint32Array,
    private readonly weights: Float32Array,
    readonly transitions: Float64Array,
    readonly lexicons: Lexicons,
  ) {
    this.table = new FeatureTable(keys.length);
    for (const key of keys) this.table.add(key);
  }

  /** Emission scores of each position and tag, `emissions[i * TAG_COUNT + t]`. */
  emissions(input: TaggerInput, lexicons: Lexicons = this.lexicons): Float32Array {
    const features = sentenceFeatures(input, lexicons);
    const n = input.chars.length;
    const em = new Float32Array(n * TAG_COUNT);
    for (let p = 0; p < n; p++) {
      for (let f = p * FEATURES_PER_CHAR; f < (p + 1) * FEATURES_PER_CHAR; f++) {
        const row = this.table.get(features[f]!);
        if (row < 0) continue;
        for (let t = 0; t < TAG_COUNT; t++) em[p * TAG_COUNT + t]! += this.weights[row * TAG_COUNT + t]!;
      }
    }
    return em;
  }

  tagSentence(text: string): TaggedSentence {
    const input = toTaggerInput(text);
    const emissions = this.emissions(input);
    const tags = viterbi(emissions, input.chars.length, this.transitions);
    const spans = tagsToSpans(tags).map((s) => ({ ...s, text: input.chars.slice(s.start, s.end).join("") }));
    return { input, emissions, spans };
  }
}

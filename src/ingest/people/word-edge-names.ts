import { wordEdgeCandidates } from "./cues/word-edge-name";
import { addMention, firstReading, overlaps, type TaggedText } from "./mentions";
import type { TaggerModel } from "./tagger/tagger-model";

/**
 * How sure the tagger must be of a name read again from its first character (word-edge-name.ts):
 * the same as a name before a title read in place (TITLE_AFTER_CUE_MIN_PROBABILITY), since the
 * slot is the same and only the word across the edge is taken away. 习近平 after 落实: 0.000 in
 * place, 0.85 read from 习.
 */
export const WORD_EDGE_MIN_PROBABILITY = 0.05;

/** Adds the names of `wordEdgeCandidates` that the tagger finds likely once the word before is gone. */
export function addWordEdgeNames(tagged: TaggedText, index: number, model: TaggerModel): void {
  const { chars } = tagged;
  for (const { start, end } of wordEdgeCandidates(chars, model.lexicons.words)) {
    if (overlaps(tagged.mentions, start, end)) continue;
    const again = firstReading(model, chars.slice(start).join(""), index).tagged;
    if (again.scorer.spanProbability(0, end - start) >= WORD_EDGE_MIN_PROBABILITY)
      addMention(tagged, { text: index, start, end, source: "title" });
  }
}

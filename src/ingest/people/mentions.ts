import type { SentenceScores, TaggerModel } from "./tagger/tagger-model";
import type { Lexicons } from "./tagger/lexicons";
import { SpanScorer } from "./tagger/span-scores";
import { sentenceFeatures, toTaggerInput, withDocumentNames, type TaggerInput } from "./tagger/char-features";
import { tagsToSpans } from "./tagger/tags";
import { viterbi } from "./tagger/viterbi";

/** One mention of a person: which text of the article, where (in characters), and what found it. */
export interface Mention {
  text: number;
  start: number;
  end: number;
  name: string;
  source: "tagger" | "title" | "speech" | "list" | "credit" | "byline" | "repeat";
}

/** How sure the tagger is that [start, end) is exactly one name (see `SpanScorer`). */
export interface SpanProbabilities {
  spanProbability(start: number, end: number): number;
}

/** A text of the article as the people pass reads it: characters, tagger scores, mentions found. */
export interface TaggedText {
  chars: string[];
  scorer: SpanProbabilities;
  mentions: Mention[];
}

/** Names are at least this long: one character is a surname standing in for a person (王大爷). */
export const MIN_NAME_LENGTH = 2;

export function tagText(
  model: TaggerModel,
  text: string,
  index: number,
  lexicons: Lexicons = model.lexicons,
): TaggedText {
  return firstReading(model, text, index, lexicons).tagged;
}

/** A text tagged, with what the tagger computed on the way, for `readAgain`. */
export interface Reading {
  tagged: TaggedText;
  input: TaggerInput;
  scores: SentenceScores;
  tags: Uint8Array;
}

/** Tags a text (see `tagText`), keeping its features and scores for a second reading. */
export function firstReading(
  model: TaggerModel,
  text: string,
  index: number,
  lexicons: Lexicons = model.lexicons,
): Reading {
  const input = toTaggerInput(text);
  const scores = model.score(sentenceFeatures(input, lexicons));
  const tags = viterbi(scores.emissions, input.chars.length, model.transitions);
  const scorer = new SpanScorer(scores.emissions, input.chars.length, model.transitions);
  return {
    tagged: { chars: input.chars, scorer, mentions: taggerMentions(input.chars, tags, index) },
    input,
    scores,
    tags,
  };
}

/**
 * The text of a first reading (made with the model's own lexicons) tagged again with the article's
 * own names known too (`lexicons.documentNames`): the same as `tagText(model, text, index,
 * lexicons)`, but only the positions those names change are scored again, and a text they do not
 * touch keeps its tags and scorer. The mentions are new objects, free to change.
 */
export function readAgain(model: TaggerModel, first: Reading, index: number, lexicons: Lexicons): TaggedText {
  const { input } = first;
  const features = withDocumentNames(input, first.scores.features, lexicons);
  if (features === null) {
    return {
      chars: input.chars,
      scorer: first.tagged.scorer,
      mentions: taggerMentions(input.chars, first.tags, index),
    };
  }
  const { emissions } = model.score(features, first.scores);
  const tags = viterbi(emissions, input.chars.length, model.transitions);
  const scorer = new SpanScorer(emissions, input.chars.length, model.transitions);
  return { chars: input.chars, scorer, mentions: taggerMentions(input.chars, tags, index) };
}

function taggerMentions(chars: readonly string[], tags: Uint8Array, index: number): Mention[] {
  return tagsToSpans(tags)
    .filter((s) => s.end - s.start >= MIN_NAME_LENGTH)
    .map((s): Mention => ({ text: index, ...s, name: chars.slice(s.start, s.end).join(""), source: "tagger" }));
}

export function overlaps(mentions: readonly Mention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

/** Adds a mention unless it overlaps one already there; keeps the list in text order. */
export function addMention(tagged: TaggedText, mention: Omit<Mention, "name">): boolean {
  if (overlaps(tagged.mentions, mention.start, mention.end)) return false;
  tagged.mentions.push({ ...mention, name: tagged.chars.slice(mention.start, mention.end).join("") });
  tagged.mentions.sort((a, b) => a.start - b.start);
  return true;
}

/** Of the lengths a cue allows for a name starting at `start`, the one the tagger likes best. */
export function likeliestLength(
  tagged: TaggedText,
  start: number,
  lengths: readonly number[],
): { length: number; probability: number } | null {
  let best: { length: number; probability: number } | null = null;
  for (const length of lengths) {
    const probability = tagged.scorer.spanProbability(start, start + length);
    if (best === null || probability > best.probability) best = { length, probability };
  }
  return best;
}

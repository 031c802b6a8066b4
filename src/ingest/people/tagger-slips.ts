import { extendsOverDanglingChar } from "./cues/name-end";
import { checkNameEdges, type EdgeContext } from "./cues/name-edges";
import { isFollowedByPlaceSuffix } from "./cues/place-suffix";
import type { TaggedText } from "./mentions";
import type { Lexicons } from "./tagger/lexicons";
import { dottedNameStart, isTitledStart, type DottedStartContext } from "./cues/dotted-name-start";
import { titleEndingAt } from "./cues/title-phrase";
import { descriptorEndsAt } from "./cues/descriptor-cue";
import { isDynasty, leadingDynasty } from "./cues/dynasty";
import { isDynastyPair } from "./cues/dynasty-pair";
import { trailingAdverb } from "./cues/dotted-adverb";
import { trailingVerbChar } from "./cues/dotted-glued-verb";
import { lastSyllable } from "./cues/dotted-last-syllable";
import { runBeforeLength, runOnLength } from "./cues/name-run-on";
import { joinsAcrossDash } from "./cues/dashed-name";
import { LEADING_WORD_REST_MIN_PROBABILITY, leadingClauseWord } from "./cues/leading-clause-word";
import { gluedTitleChar } from "./cues/dotted-title-char";
import { splitDottedPair } from "./cues/dotted-pair";

/**
 * A dotted name moved to where its first part starts (dotted-name-start.ts): the tagger must not rule
 * the new reading out (the figures: dotted-name-start.ts).
 */
export const DOTTED_START_MIN_PROBABILITY = 0.0001;

/**
 * Corrects the tagger's typical slips on its own mentions before the cues run: a name cut before
 * a dangling 和 (欧树和), a function word glued on (王刚在), a place read as a name (丰田村), a
 * doubled adverb (徐徐), and half a place list read as a foreign name (茂南·金秀 from 南).
 */
export function fixTaggerSlips(tagged: TaggedText, lexicons: Lexicons): void {
  const { chars } = tagged;
  const edges = edgeContext(lexicons);
  const dotted = dottedContext(chars, lexicons);
  // two dotted names read as one across 和 (cues/dotted-pair.ts), each half fixed on its own below
  tagged.mentions = tagged.mentions
    .flatMap((m) => splitDottedPair(chars, m))
    .flatMap((m) => {
      let end = m.end;
      if (extendsOverDanglingChar(chars, m.start, end)) end += 1;
      if (isDynasty(m.name) || isDynastyPair(m.name)) return [];
      end -= trailingAdverb(chars, m.start, end);
      end -= trailingVerbChar(chars, m.start, end);
      end += lastSyllable(chars, m.start, end, edges.isWord);
      const runOn = runOnLength(chars, m.start, end, edges.isWord);
      if (runOn > 0 && !tagged.mentions.some((o) => o !== m && o.start < end + runOn && end <= o.start)) end += runOn;
      let start = dottedNameStart(chars, m.start + leadingDynasty(chars, m.start, end), end, dotted);
      if (start !== m.start && tagged.scorer.spanProbability(start, end) < DOTTED_START_MIN_PROBABILITY)
        start = m.start;
      // a title's last character glued on (调查官|萨利娜·维克多): cues/dotted-title-char.ts
      const glued = gluedTitleChar(chars, start, end);
      if (glued > 0 && tagged.scorer.spanProbability(start + glued, end) >= DOTTED_START_MIN_PROBABILITY)
        start += glued;
      const runBefore = runBeforeLength(chars, start, end, edges.isWord);
      if (runBefore > 0 && !tagged.mentions.some((o) => o !== m && o.end > start - runBefore && o.end <= start))
        start -= runBefore;
      if (end - start < 2) return [];
      const opener = leadingClauseWord(chars, start, end);
      if (opener > 0) {
        start += opener;
        if (tagged.scorer.spanProbability(start, end) < LEADING_WORD_REST_MIN_PROBABILITY) return [];
      }
      if (isFollowedByPlaceSuffix(chars, end)) return [];
      if (isDottedFragment(chars, start, end) && !isTitledStart(chars, start, dotted)) return [];
      const verdict = checkNameEdges(chars, start, end, edges);
      if (!verdict.keep) return [];
      end = verdict.end;
      return [{ ...m, start, end, name: chars.slice(start, end).join("") }];
    });
  joinDashedNames(tagged);
}

/** Two mentions that are one transliterated name across a dash (阿卜杜勒—马吉德·特本): dashed-name.ts. */
function joinDashedNames(tagged: TaggedText): void {
  const { chars, mentions } = tagged;
  for (let k = mentions.length - 2; k >= 0; k--) {
    const left = mentions[k]!;
    const right = mentions[k + 1]!;
    if (!joinsAcrossDash(chars, left.end, right.start, right.end)) continue;
    mentions.splice(k, 2, { ...left, end: right.end, name: chars.slice(left.start, right.end).join("") });
  }
}

/** Words and titles around a dotted name, for `dottedNameStart`. */
function dottedContext(chars: readonly string[], lexicons: Lexicons): DottedStartContext {
  return {
    isWord: (w) => !lexicons.names.has(w) && (lexicons.words.has(w) || lexicons.places.has(w)),
    titleEndsAt: (at) => titleEndingAt(chars, at, lexicons.places) !== null || descriptorEndsAt(chars, at),
  };
}

export function edgeContext(lexicons: Lexicons): EdgeContext {
  return { knownNames: lexicons.names, isWord: (w: string) => lexicons.words.has(w) || lexicons.places.has(w) };
}

/** A one-character first part of a dotted name must start a word: 茂南·金秀 is not 南·金秀. */
export function isDottedFragment(chars: readonly string[], start: number, end: number): boolean {
  const dot = chars.slice(start, end).indexOf("·");
  return dot === 1 && /^\p{Script=Han}$/u.test(chars[start - 1] ?? "");
}

/**
 * A cue's candidate must not start with a common word (关于高 after 总书记, 公司 before 表示): the
 * cue found a slot for a name, the words say it holds something else.
 */
export function startsWithWord(chars: readonly string[], start: number, lexicons: Lexicons): boolean {
  const two = chars.slice(start, start + 2).join("");
  return !lexicons.names.has(two) && (lexicons.words.has(two) || lexicons.places.has(two));
}

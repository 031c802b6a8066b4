import { candidateLengths } from "./name-shape";

/**
 * A run of parallel clauses, each opening with a person and the same verb (a list of donors:
 * `甲某捐款3亿元，乙某捐款1亿元，丙某捐款…`): where clauses of a sentence open with sure names and
 * the same word, another clause that opens with a name-shaped span and that word opens with a name
 * too. The tagger, trained on 1998 text, gives unusual names in such a list little
 * (audit5: 许家印 0.14, 严彬 0.19, 纪海鹏 0.75 beside 杨国强 1.0 and 翟美卿 0.98); the shared word is
 * the list's shape, not a word list. The cue adds names (apply-cues.ts) and vouches for the
 * tagger's names there (support.ts).
 */
/** Characters that end one clause of the run and start the next. */
export const CLAUSE_BREAKS = "，；：";
/** Characters that end a sentence: a run of clauses does not cross them. */
const SENTENCE_ENDS = "。！？\n";
/** The word after the name that the clauses share: two characters (捐款, 旗下, 表示). */
export const SHARED_WORD_LENGTH = 2;
/**
 * A tagger name at a clause's opening this sure is a sure neighbour: the bar a name with no cue must
 * pass (support.ts' UNSUPPORTED_MIN_PROBABILITY), so the run is vouched for by names that stand alone.
 */
export const SURE_NEIGHBOUR_MIN_PROBABILITY = 0.9;
/**
 * Sure names of other clauses the word must follow: a run, not a pair. With one, a plant's name read
 * as a sure name vouched for a word (audit5: `芭茅的根茎…，四处蔓延，皮实的根会扎得很牢固`).
 */
export const MIN_SURE_NEIGHBOURS = 2;
/** Longest name a sure neighbour is read as (a compound surname and two characters). */
const MAX_NAME_LENGTH = 4;

export interface ClauseSlot {
  start: number;
  /** Name lengths after which the clause's word is one a sure neighbour is followed by. */
  lengths: number[];
}

/**
 * Clause-opening name slots whose next word follows sure names at other clauses' openings in the
 * same sentence (`MIN_SURE_NEIGHBOURS`). `isSureAt(start, end)`: whether a sure name (a cue's, or
 * one the tagger is sure of) stands exactly there.
 */
export function parallelClauseSlots(
  chars: readonly string[],
  isSureAt: (start: number, end: number) => boolean,
): ClauseSlot[] {
  const out: ClauseSlot[] = [];
  for (const starts of sentenceClauseStarts(chars)) parallelSlotsOfSentence(chars, starts, isSureAt, out);
  return out;
}

/** `parallelClauseSlots` of one sentence (its clause openings), added to `out`. */
function parallelSlotsOfSentence(
  chars: readonly string[],
  starts: readonly number[],
  isSureAt: (start: number, end: number) => boolean,
  out: ClauseSlot[],
): void {
  if (starts.length < 2) return;
  const sureWords = new Map<string, number[]>();
  for (const s of starts) {
    for (let length = 2; length <= MAX_NAME_LENGTH; length++) {
      if (!isSureAt(s, s + length)) continue;
      const word = wordAt(chars, s + length);
      if (word !== null) sureWords.set(word, [...(sureWords.get(word) ?? []), s]);
    }
  }
  if (sureWords.size === 0) return;
  for (const s of starts) {
    const lengths = candidateLengths(chars, s).filter((length) => {
      const word = wordAt(chars, s + length);
      // a neighbour's: the clause's own sure name does not vouch for itself
      return word !== null && (sureWords.get(word) ?? []).filter((other) => other !== s).length >= MIN_SURE_NEIGHBOURS;
    });
    if (lengths.length > 0) out.push({ start: s, lengths });
  }
}

/**
 * Sure names at clause openings that make a sentence a run of people (`…，李某设立…基金，…`): a clause
 * of such a run that opens with a surname-led span opens with a name, whatever its verb.
 */
export const MIN_SURE_RUN = 3;
/**
 * How sure the tagger must be of a name in such a slot (`林龙安设立…基金`, 0.34) for the cue to add it
 * (apply-cues.ts) or vouch for it (support.ts): the slot holds words too (同时, 目前), so the tagger
 * must half agree.
 */
export const RUN_CLAUSE_MIN_PROBABILITY = 0.3;

/** Clause-opening name slots of sentences whose clauses open with `MIN_SURE_RUN` sure names or more. */
export function runClauseSlots(
  chars: readonly string[],
  isSureAt: (start: number, end: number) => boolean,
): ClauseSlot[] {
  const out: ClauseSlot[] = [];
  for (const starts of sentenceClauseStarts(chars)) runSlotsOfSentence(chars, starts, isSureAt, out);
  return out;
}

/** `runClauseSlots` of one sentence (its clause openings), added to `out`. */
function runSlotsOfSentence(
  chars: readonly string[],
  starts: readonly number[],
  isSureAt: (start: number, end: number) => boolean,
  out: ClauseSlot[],
): void {
  const opensWithSure = (s: number) =>
    Array.from({ length: MAX_NAME_LENGTH - 1 }, (_, i) => i + 2).some((length) => isSureAt(s, s + length));
  const sure = starts.filter(opensWithSure);
  if (sure.length < MIN_SURE_RUN) return;
  for (const s of starts) {
    if (sure.includes(s)) continue;
    const lengths = candidateLengths(chars, s);
    if (lengths.length > 0) out.push({ start: s, lengths });
  }
}

/** Whether [start, end) is a name slot of `runClauseSlots`. */
export function runClauseSlotAt(
  chars: readonly string[],
  start: number,
  end: number,
  isSureAt: (start: number, end: number) => boolean,
): boolean {
  if (!isClauseStart(chars, start)) return false;
  // a slot is its own sentence's: only the sentence holding `start` is read
  const out: ClauseSlot[] = [];
  runSlotsOfSentence(chars, clauseStartsOfSentenceAt(chars, start), isSureAt, out);
  return out.some((c) => c.start === start && c.lengths.includes(end - start));
}

/** Whether [start, end) is a name slot of `parallelClauseSlots`. */
export function parallelClauseSlotAt(
  chars: readonly string[],
  start: number,
  end: number,
  isSureAt: (start: number, end: number) => boolean,
): boolean {
  if (!isClauseStart(chars, start)) return false;
  const out: ClauseSlot[] = [];
  parallelSlotsOfSentence(chars, clauseStartsOfSentenceAt(chars, start), isSureAt, out);
  return out.some((c) => c.start === start && c.lengths.includes(end - start));
}

function isClauseStart(chars: readonly string[], at: number): boolean {
  return at === 0 || CLAUSE_BREAKS.includes(chars[at - 1]!) || SENTENCE_ENDS.includes(chars[at - 1]!);
}

/** The clause openings of each sentence. */
function sentenceClauseStarts(chars: readonly string[]): number[][] {
  const sentences: number[][] = [[0]];
  for (let at = 1; at < chars.length; at++) {
    const before = chars[at - 1]!;
    if (SENTENCE_ENDS.includes(before)) sentences.push([at]);
    else if (CLAUSE_BREAKS.includes(before)) sentences.at(-1)!.push(at);
  }
  return sentences;
}

/** The clause openings of the sentence that holds position `at` (one of `sentenceClauseStarts`). */
function clauseStartsOfSentenceAt(chars: readonly string[], at: number): number[] {
  let first = Math.min(at, chars.length);
  while (first > 0 && !SENTENCE_ENDS.includes(chars[first - 1]!)) first--;
  const starts = [first];
  for (let k = first + 1; k < chars.length; k++) {
    const before = chars[k - 1]!;
    if (SENTENCE_ENDS.includes(before)) break;
    if (CLAUSE_BREAKS.includes(before)) starts.push(k);
  }
  return starts;
}

/** The two Han characters at `at`, or null (a number, a mark, the text's end). */
function wordAt(chars: readonly string[], at: number): string | null {
  const word = chars.slice(at, at + SHARED_WORD_LENGTH);
  if (word.length < SHARED_WORD_LENGTH || !word.every((c) => /^\p{Script=Han}$/u.test(c))) return null;
  return word.join("");
}

/** Whether a mention stands exactly at [start, end) that is a cue's, or the tagger's and sure (`probability`). */
export function sureMentionAt(
  mentions: readonly { start: number; end: number; source: string }[],
  probability: (start: number, end: number) => number,
): (start: number, end: number) => boolean {
  return (start, end) =>
    mentions.some(
      (m) =>
        m.start === start &&
        m.end === end &&
        (m.source !== "tagger" || probability(start, end) >= SURE_NEIGHBOUR_MIN_PROBABILITY),
    );
}

import { candidateLengths } from "./name-shape";
/**
 * A name right after a word for a household or a generation (贫困户某某, 种粮大户某某, 80后某某): rural
 * and poverty-relief reporting names its people so, and none of these words is a title or a listed
 * descriptor, so the tagger's middling guess there (0.3–0.4 on dev9, off its path) was never asked.
 * A household word is one of `HOUSEHOLD_WORDS` (a 户 word for a person: not 用户, 客户, 窗户, 落户,
 * which take a verb or a place after them); a generation is two digits and 后 (80后, 95后), not a
 * year (2019后 has more digits). The slot adds the tagger's likeliest name there whose last character
 * makes no word with the next one, if the tagger gives it `HOUSEHOLD_SLOT_MIN_PROBABILITY`
 * (apply-cues.ts); the words that follow such a word most (住上, 老申, 用户) are no name shape or
 * far below it. A two-character reading must be closed by a mark or the text's end (`SHORT_NAME_LENGTH`):
 * before a Han character it is as often a three-character name cut short (贫困户李某某开心地说, the
 * tagger 0.26 for the cut and 0.01 for the whole on the fresh pool).
 */
export const HOUSEHOLD_WORDS: readonly string[] = [
  "贫困户",
  "脱贫户",
  "困难户",
  "低保户",
  "五保户",
  "搬迁户",
  "养殖户",
  "种植户",
  "专业户",
  "示范户",
  "建档立卡户",
  "大户",
];
/** Digits before 后 in a generation word (80后): a year (2019) has four. */
export const GENERATION_DIGITS = 2;
/**
 * How sure the tagger must be of the name after such a word. dev9: 0.42, 0.34, 0.32 for the three
 * names; the slot holds verbs too (贫困户住上了…), which are no name shape.
 */
export const HOUSEHOLD_SLOT_MIN_PROBABILITY = 0.1;

/** A name this short after such a word must be closed by a character that is no Han. */
export const SHORT_NAME_LENGTH = 2;

const WORDS = HOUSEHOLD_WORDS.map((w) => Array.from(w));
const isDigit = (c: string | undefined) => c !== undefined && /^[0-9０-９]$/u.test(c);

/** Whether a household or generation word ends at `at` (and so a name may start there). */
export function householdWordEndsAt(chars: readonly string[], at: number): boolean {
  const last = chars[at - 1];
  // one comparison answers most positions: the words end in 户 or 后
  if (last === "户") return WORDS.some((w) => endsWith(chars, at, w));
  if (last !== "后") return false;
  for (let k = 2; k <= GENERATION_DIGITS + 1; k++) if (!isDigit(chars[at - k])) return false;
  return !isDigit(chars[at - GENERATION_DIGITS - 2]);
}

function endsWith(chars: readonly string[], at: number, word: readonly string[]): boolean {
  if (word.length > at) return false;
  for (let k = 0; k < word.length; k++) if (chars[at - word.length + k] !== word[k]) return false;
  return true;
}

/** Of the name lengths at `start`, those the slot reads: a short one only where a mark or the end closes it. */
export function householdSlotLengths(chars: readonly string[], start: number, lengths: readonly number[]): number[] {
  return lengths.filter((length) => {
    if (length > SHORT_NAME_LENGTH) return true;
    const next = chars[start + length];
    return next === undefined || !/^\p{Script=Han}$/u.test(next);
  });
}

/**
 * Whether the slot vouches for a name the tagger read there itself (support.ts): the slot's own
 * reading (`householdSlotLengths` of the name-shaped lengths whose last character makes no word with
 * the next one). dev11: a household's man the tagger held at 0.47 on its path, dropped as
 * unsupported, as the slot only added names the tagger had not read; the caller asks the tagger for
 * `HOUSEHOLD_SLOT_MIN_PROBABILITY`, as the slot does.
 */
export function householdSlotVouches(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): boolean {
  if (!householdWordEndsAt(chars, start)) return false;
  const lengths = candidateLengths(chars, start).filter((length) => {
    const next = chars[start + length];
    return next === undefined || !isWord(chars[start + length - 1]! + next);
  });
  return householdSlotLengths(chars, start, lengths).includes(end - start);
}

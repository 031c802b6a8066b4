import { candidateLengths } from "./name-shape";

/**
 * A paragraph (or a sentence) that opens a life story: `<name>，<year>年[<month>月]出生|生于|生…`.
 * The profiles of a series of martyrs or of laureates start so, and the name there is the subject of
 * the whole article; a preposition or a place word for its first characters (于|海河 read as "at the
 * Hai river") can make the tagger rule it out everywhere else. Only the opening counts: the name
 * stands at the start of its text or right after a sentence's end, closed by the comma and the birth
 * year, which leaves room for little but a name (a time word, 这一年, 不久前, is mostly no name shape; 那一年 is, and the tagger rules it out).
 * dev 7: a martyr's profile whose name the tagger gives 0.003 at its opening and less elsewhere.
 */

/** The least probability the tagger must give a name opening a life story (dev 7: 0.003 for the martyr). */
export const BIOGRAPHY_OPENING_MIN_PROBABILITY = 0.001;
/** Digits of the birth year. */
export const YEAR_DIGITS = 4;
const SENTENCE_ENDS = "。！？";
const BIRTH_WORDS = ["出生", "生于", "生"] as const;

const isDigit = (c: string | undefined) => c !== undefined && /^[0-9０-９]$/u.test(c);

export interface BiographyOpening {
  start: number;
  lengths: number[];
}

/** Where `chars[at]` begins `<year>年[<month>月]` then a birth word: the index after it, or -1. */
function birthDateEnd(chars: readonly string[], at: number): number {
  for (let k = 0; k < YEAR_DIGITS; k++) if (!isDigit(chars[at + k])) return -1;
  let i = at + YEAR_DIGITS;
  if (chars[i] !== "年") return -1;
  i++;
  let j = i;
  while (isDigit(chars[j])) j++;
  if (j > i && chars[j] === "月") i = j + 1;
  for (const word of BIRTH_WORDS) if (chars.slice(i, i + word.length).join("") === word) return i + word.length;
  return -1;
}

/** Whether `start` opens its text (after blanks) or a sentence. */
function opensSentence(chars: readonly string[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && chars[k]!.trim() === "") k--;
  return k < 0 || SENTENCE_ENDS.includes(chars[k]!);
}

/** The name slots that open a life story in `chars`. */
export function biographyOpenings(chars: readonly string[]): BiographyOpening[] {
  const out: BiographyOpening[] = [];
  for (let comma = 2; comma < chars.length; comma++) {
    // the comma then a digit: the cheap test first, most commas are followed by words
    if (chars[comma] !== "，" || !isDigit(chars[comma + 1]) || birthDateEnd(chars, comma + 1) < 0) continue;
    for (let start = Math.max(0, comma - 4); start <= comma - 2; start++) {
      if (!opensSentence(chars, start)) continue;
      const lengths = candidateLengths(chars, start).filter((n) => start + n === comma);
      if (lengths.length > 0) out.push({ start, lengths });
    }
  }
  return out;
}

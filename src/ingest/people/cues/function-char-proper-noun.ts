import { FUNCTION_CHARS } from "./boundaries";

/**
 * A title cut after a function character that is the first character of a proper noun (`同|济大学…所长`):
 * the title reader stops at 同, 和, 向… as at a preposition or a conjunction, but where that character
 * and the title's first characters are together a proper noun of the reference dictionary (CC-CEDICT:
 * a place or an organisation, never a person), the character is the noun's own and belongs to the
 * title. Only nouns of three characters or more are taken (`MIN_PROPER_NOUN_LENGTH`): two-character
 * ones (同心, 向阳, 将军) are too often a preposition and a word. Session 36 second round (rmrb41):
 * the eighth audit's university read as the preposition 同.
 */
export const MIN_PROPER_NOUN_LENGTH = 3;
/** Longest proper noun looked for (a university's or a county's full name). */
export const MAX_PROPER_NOUN_LENGTH = 8;

/** Where a title read from `start` to `end` starts with the function character before it; null when not. */
export function functionCharProperNounStart(
  chars: readonly string[],
  start: number,
  end: number,
  properNouns: ReadonlySet<string>,
): number | null {
  const first = chars[start - 1];
  if (first === undefined || !FUNCTION_CHARS.includes(first)) return null;
  const longest = Math.min(MAX_PROPER_NOUN_LENGTH, end - start + 1);
  for (let len = longest; len >= MIN_PROPER_NOUN_LENGTH; len--) {
    if (properNouns.has(chars.slice(start - 1, start - 1 + len).join(""))) return start - 1;
  }
  return null;
}

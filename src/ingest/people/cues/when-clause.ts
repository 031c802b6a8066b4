import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";

/**
 * A role read back to its clause's start kept the 当 (`when`) that opens the clause (`当北川大学博士生
 * 林大同站在…`): 当 says when something happened, never what the person is. Bare 当 is not in the
 * leading adverbials (`leading-adverbial.ts`) since it opens words (当地, 当年, 当代, 当事人); here it is
 * taken off only when it opens its clause, is no dictionary word's first character there, and a proper
 * noun of the reference dictionary (CC-CEDICT: a place or an organisation) follows it. Session 36
 * second round (rmrb41): the eighth audit's `当…大学博士生`.
 */
export const WHEN = "当";
/** Words looked for at 当 (当地, 当事人, 当务之急: two to four characters). */
export const MIN_WORD = 2;
export const MAX_WORD = 4;
/** Proper nouns looked for after 当 (北京 … 北川师范大学: two to eight characters). */
export const MIN_PROPER_NOUN = 2;
export const MAX_PROPER_NOUN = 8;

/** Where a role read from `start` to `end` starts without the clause's 当; null when it has none to take off. */
export function whenClauseEnd(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (word: string) => boolean,
  properNouns: ReadonlySet<string>,
): number | null {
  if (chars[start] !== WHEN) return null;
  const before = chars[start - 1];
  if (before !== undefined && isHan(before) && !isBoundaryChar(before)) return null;
  for (let len = MIN_WORD; len <= MAX_WORD && start + len <= end; len++)
    if (isWord(chars.slice(start, start + len).join(""))) return null;
  for (let len = Math.min(MAX_PROPER_NOUN, end - start - 1); len >= MIN_PROPER_NOUN; len--)
    if (properNouns.has(chars.slice(start + 1, start + 1 + len).join(""))) return start + 1;
  return null;
}

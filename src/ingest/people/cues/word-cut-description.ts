import { isHan } from "@/text/char-class";
import { FUNCTION_CHARS, isBoundaryChar, startsClause } from "./boundaries";
import { LIST_SEPARATOR } from "./list-cue";

/**
 * A description read before a name stops at a function character, but a function character may open a
 * word (`…高级别对话中方牵头人`: 对 of 对话), and then the reading was cut inside the word (`话中方牵头人`)
 * and the titles chained before the phrase by 、 were lost with it. When the function character and the
 * phrase's first character make a word of the dictionary, the phrase is read on to its clause's start,
 * crossing only such words, and kept when it opens its clause (punctuation, a 、 or the text's start
 * before it) within `MAX_WORD_CUT_DESCRIPTION_LENGTH`; otherwise the reading is left as it was. A word
 * holding or followed by a verb's aspect or result marker (`跟着|丈夫`, `了解到|…老兵`) is a verb in a clause,
 * and nothing is read. Session 37 (rmrb45): the ninth audit's lead negotiator.
 */
/** Longest phrase read so, in characters (a title's clause bound, `title-clause.ts`). */
export const MAX_WORD_CUT_DESCRIPTION_LENGTH = 24;
/** Aspect and result markers after a verb (跟着, 了解到, 走过): the word before one is a verb, not a noun's part. */
export const VERB_MARKERS = "着了过到";

/**
 * Where a description that starts at `start` (before a name at `end`) starts when read whole, or null when it
 * was not cut inside a word or the whole phrase does not open its clause; `isWord` says whether two characters
 * are a word.
 */
export function wordCutDescriptionStart(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (word: string) => boolean,
): number | null {
  const opensWord = (at: number) =>
    FUNCTION_CHARS.includes(chars[at - 1] ?? "") && isWord(chars[at - 1]! + (chars[at] ?? ""));
  const isVerb = (at: number) => VERB_MARKERS.includes(chars[at] ?? "-") || VERB_MARKERS.includes(chars[at + 1] ?? "-");
  if (!opensWord(start) || isVerb(start)) return null;
  let at = start - 1;
  while (at > 0 && isHan(chars[at - 1]!) && (!isBoundaryChar(chars[at - 1]) || opensWord(at))) {
    if (isBoundaryChar(chars[at - 1]) && isVerb(at)) return null;
    at--;
    if (end - at > MAX_WORD_CUT_DESCRIPTION_LENGTH) return null;
  }
  return at === 0 || startsClause(chars[at - 1]) || chars[at - 1] === LIST_SEPARATOR ? at : null;
}

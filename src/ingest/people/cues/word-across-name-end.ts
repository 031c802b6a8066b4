/**
 * A three-character "name" whose last character makes a common word with the next one
 * (`张阳流|毒影响`: 流毒, audit 7), where the name's own reading leaves the next characters without a
 * word (毒影 is none) and the cut reading goes on with one (流毒|影响): the name is the two before the
 * word. short-word-cut.ts drops such a name where the tagger doubts it; here the tagger is sure of a
 * name, only not of its end. 李小明|天天 stays: 天天 is a word after the name too; and so does a name
 * before a character that follows names all the time (`NAME_FOLLOWERS`: 张小平|等参加, though 平等 and
 * 参加 are words).
 */

/** The names this cut applies to: a one-character surname and a two-character given name. */
export const RUN_ON_NAME_LENGTH = 3;
/** Lengths of the common word across the name's end, and of the word that must follow it. */
export const ACROSS_WORD_LENGTH = 2;
export const NEXT_WORD_LENGTHS = [2, 3] as const;
/** Characters that follow a name as a word of their own: particles, conjunctions, verbs of speech, adverbs. */
export const NAME_FOLLOWERS = "等和与及跟同说讲道在是为的了也都就还又将曾已把被让给向对从到";

function wordStartsAt(chars: readonly string[], at: number, isCommonWord: (w: string) => boolean): boolean {
  return NEXT_WORD_LENGTHS.some(
    (length) => at + length <= chars.length && isCommonWord(chars.slice(at, at + length).join("")),
  );
}

/** The end of the name at [start, end) once the word across its end is given back, or null. */
export function endBeforeWordAcross(
  chars: readonly string[],
  start: number,
  end: number,
  isSurname: (c: string) => boolean,
  isCommonWord: (w: string) => boolean,
): number | null {
  if (end - start !== RUN_ON_NAME_LENGTH || !isSurname(chars[start] ?? "")) return null;
  if (end + ACROSS_WORD_LENGTH - 1 > chars.length || NAME_FOLLOWERS.includes(chars[end] ?? "")) return null;
  if (!isCommonWord(chars.slice(end - 1, end - 1 + ACROSS_WORD_LENGTH).join(""))) return null;
  if (wordStartsAt(chars, end, isCommonWord)) return null;
  return wordStartsAt(chars, end - 1 + ACROSS_WORD_LENGTH, isCommonWord) ? end - 1 : null;
}

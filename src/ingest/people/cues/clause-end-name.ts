/**
 * A "name" that ends the way a clause piece ends, not a name: with a personal pronoun, the object of
 * a verb (`民兵排长曾替他记过一笔账` → 曾替他), or with the adverb mark 地 after a common two-character
 * word (`赵某高兴地说` → 高兴地, read as the surname 高 and 兴地). No name of the PFR month (days
 * 1–20) ends in a pronoun; the seven that end in 地 are 甘地's forms and given names (赵地, 夏光地),
 * none a common word with 地. Found on the four folds (曾替他) and the dev set dev10 (高兴地),
 * session 41.
 */
/** Personal pronouns: a verb's object, never a name's last character. */
export const PRONOUN_ENDS = "他她们你我您";
/** The mark that makes an adverb of the word before it (高兴地, 认真地). */
export const ADVERB_MARK = "地";
/** A mention this long at least: a surname and a pronoun alone (`向他`) the tagger does not take. */
export const MIN_CLAUSE_LENGTH = 3;
/** The word before 地: two characters (高兴, 认真), as the adverbs go. */
export const ADVERB_WORD_LENGTH = 2;

/**
 * Whether the mention `start`…`end` ends in a pronoun, or in 地 after a common word (`isWord`, two
 * characters) that the mention's last but one character closes.
 */
export function endsLikeClause(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (text: string) => boolean,
): boolean {
  if (end - start < MIN_CLAUSE_LENGTH) return false;
  const last = chars[end - 1]!;
  if (PRONOUN_ENDS.includes(last)) return true;
  if (last !== ADVERB_MARK) return false;
  return isWord(chars.slice(end - 1 - ADVERB_WORD_LENGTH, end - 1).join(""));
}

/**
 * A "name" whose first character closes a common word with the characters before it (`启|程赴京`:
 * 启程 sets out; `仰|慕之心`, `公|关部`, `提|包拉锁`, `桃|李报`, `文|雅高古`): the tagger read
 * across a short word at the name's front — the mirror of short-word-cut.ts at the name's end. The
 * words are the dictionary's common words of `FRONT_WORD_LENGTHS`. A title before a name ends a word
 * of its own (`市长|江某某`: 长江 is a word, but so is 市长), so the rule holds only where the text
 * before the name's first character does not already end a word there, nor a title or a word for a
 * person (`endsTitleAt`: `检察长|高某某`, 长高 grow taller; `经济学家|法佳·…`, 家法; audits 6 and 7); and what is left of the name
 * without its first character must be no known name. Unlike the end's rule there is no gate on the
 * tagger's probability: on the four folds of dev (session 37) the names cut so were as sure as the
 * true ones (0.9 and over), and a gate at 0.3 kept six of seven.
 */

/** Lengths of the common word that ends with the name's first character: two or three characters. */
export const FRONT_WORD_LENGTHS = [2, 3] as const;

export function cutsShortWordAtFront(
  chars: readonly string[],
  start: number,
  end: number,
  isCommonWord: (word: string) => boolean,
  isName: (text: string) => boolean,
  endsTitleAt: (at: number) => boolean = () => false,
): boolean {
  if (endsTitleAt(start)) return false;
  const rest = chars.slice(start + 1, end).join("");
  if (end - start - 1 >= 2 && isName(rest)) return false;
  return wordEndsAt(chars, start + 1, isCommonWord) && !wordEndsAt(chars, start, isCommonWord);
}

/** A common word of `FRONT_WORD_LENGTHS` ends right before `at`. */
function wordEndsAt(chars: readonly string[], at: number, isCommonWord: (word: string) => boolean): boolean {
  return FRONT_WORD_LENGTHS.some((length) => at - length >= 0 && isCommonWord(chars.slice(at - length, at).join("")));
}

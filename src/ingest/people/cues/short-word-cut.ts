/**
 * A "name" whose last character opens a common word with the characters after it (`谈坚|决`: 坚决
 * firmly; a headline `谈坚决打赢…`, audit5), while what is left of the name without that
 * character is no name (one character, or a word that is no person's name): the tagger cut across a
 * short word. The long words of cues/dictionary-word-cut.ts (4 characters and more) meet names rarely
 * by chance; a short word does (`张强|调研`: 强调 is a word, and 张强 a name), so a short word counts
 * only where the tagger itself doubts the name (`SHORT_CUT_MAX_PROBABILITY`), and where the name's
 * own reading leaves the next characters without a word (`谈坚|决打赢`: 决打 is none), whereas a name
 * that stands before a word of its own (`庞清|退役`, audit 1: 清退 is a word, but so is 退役) stays.
 */

/** The tagger's probability of the name at or below which a short word across its end speaks against it. */
export const SHORT_CUT_MAX_PROBABILITY = 0.3;
/** Lengths of the common word that starts with the name's last character: two or three characters. */
export const SHORT_WORD_LENGTHS = [2, 3] as const;

export function cutsShortWordAtEnd(
  chars: readonly string[],
  start: number,
  end: number,
  isCommonWord: (word: string) => boolean,
  isName: (text: string) => boolean,
): boolean {
  const rest = chars.slice(start, end - 1).join("");
  if (end - 1 - start >= 2 && isName(rest)) return false;
  return wordStartsAt(chars, end - 1, isCommonWord) && !wordStartsAt(chars, end, isCommonWord);
}

function wordStartsAt(chars: readonly string[], at: number, isCommonWord: (word: string) => boolean): boolean {
  return SHORT_WORD_LENGTHS.some(
    (length) => at + length <= chars.length && isCommonWord(chars.slice(at, at + length).join("")),
  );
}

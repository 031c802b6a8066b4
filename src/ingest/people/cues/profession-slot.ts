/**
 * A name right after a word for someone's trade (助产士吕某某, 讲解员王某, 快递员李某): a slot for a
 * name as a title is, but the words are too many to list (descriptor-cue.ts lists the common short
 * ones: 护士, 导演, 选手). Such words end in a trade suffix (士, 员, 师, 工) and are in the dictionary:
 * a dictionary word of `PROFESSION_WORD_LENGTH` characters ending in one marks the slot. Two-character
 * words are left out: many are verbs (动员, 开工, 出师) that take a person as object. The name's
 * length is the tagger's likeliest of those whose last character makes no word with the next one
 * (吕凌|晨边: 凌晨 is a time word, so the name is not cut before 晨), and the tagger must not find it
 * unlikely (apply-cues.ts, `PROFESSION_SLOT_MIN_PROBABILITY`). dev4: 助产士吕凌晨 (0.016; 吕凌 0.025).
 */
export const PROFESSION_SUFFIXES = "士员师工";
/** Trade words of three characters (助产士, 清洁工, 讲解员), the dictionary's short words. */
export const PROFESSION_WORD_LENGTH = 3;

/** Whether a trade word ends at `at`, so a name may start there. */
export function professionEndsAt(chars: readonly string[], at: number, isWord: (w: string) => boolean): boolean {
  if (at < PROFESSION_WORD_LENGTH || !PROFESSION_SUFFIXES.includes(chars[at - 1]!)) return false;
  return isWord(chars.slice(at - PROFESSION_WORD_LENGTH, at).join(""));
}

/** Of the name lengths at `start`, those whose last character makes no word with the character after the name. */
export function lengthsEndingOnWordEdge(
  chars: readonly string[],
  start: number,
  lengths: readonly number[],
  isWord: (w: string) => boolean,
): number[] {
  return lengths.filter((length) => {
    const next = chars[start + length];
    return next === undefined || !isWord(chars[start + length - 1]! + next);
  });
}

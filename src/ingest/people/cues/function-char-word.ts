import { isHan } from "@/text/char-class";
import { FUNCTION_CHARS } from "./boundaries";
import { clauseTitleStart } from "./title-clause";

/**
 * A title cut at a function character that is part of a common word inside the organisation's name:
 * - the word ends in it (`文化部中|等|艺术司司长`: 中等), which happens with 等 only (`WORD_FINAL_FUNCTION_CHARS`;
 *   other words ending in a function character, 但是, 目的, 参与, are clause words before a title);
 * - or the word starts with it and the next character is a road's, a street's or a village's unit
 *   (`…分局将|军桥派出所民警`: 将军桥, `和平街`, `向阳村`), and the character after the function
 *   character does not make a word with that unit's character before it (`将|军队`: a preposition).
 * The title reader stops at such a character as at a preposition or a conjunction, so the role kept
 * only the tail (艺术司司长, 军桥派出所民警). Where the word is a common word of the reference dictionary
 * (CC-CEDICT), the title is read on over it to its clause's start. Proper nouns of three characters
 * or more that start so are `function-char-proper-noun.ts`'s. Audits 7 and 8 (session 37, rmrb43).
 */
/** Function characters that end a common word inside a body's name (高等, 中等, 初等). */
export const WORD_FINAL_FUNCTION_CHARS = "等";
/** Units after a function-character word that make it a place's name: roads, streets, villages. */
export const PLACE_NAME_UNITS = "路街巷村镇乡桥";

/** Where a title read from `start` to `end` starts when the function character before it is inside a word; else null. */
export function functionCharWordStart(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (word: string) => boolean,
): number | null {
  const cut = chars[start - 1];
  if (cut === undefined || !FUNCTION_CHARS.includes(cut) || start >= end) return null;
  const before = chars[start - 2];
  if (WORD_FINAL_FUNCTION_CHARS.includes(cut)) {
    if (before === undefined || !isHan(before) || FUNCTION_CHARS.includes(before) || !isWord(before + cut)) return null;
    return clauseTitleStart(chars, start - 2, end);
  }
  const first = chars[start]!;
  const unit = chars[start + 1];
  if (unit === undefined || !PLACE_NAME_UNITS.includes(unit) || start + 1 >= end) return null;
  if (!isWord(cut + first) || isWord(first + unit)) return null;
  return clauseTitleStart(chars, start - 1, end);
}

import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart } from "./title-clause";

/**
 * A title cut in front by a word in Latin letters (`珠江医院ICU|医生`, `中国WTO|研究院院长`,
 * `法国BFMTV|电视台新闻评论员`): the title reader reads Han characters only, so an acronym or a brand
 * inside the organisation's name ended the title there and the organisation was lost. The Latin word
 * (letters and digits, at least one capital letter, so a number or a date never counts) belongs to
 * the title; before it, Han text of the same clause is read as a title cut inside a word is, to the
 * clause start less the verbs that open it (`clauseTitleStart`); after punctuation or a space the
 * title opens with the Latin word (`。IMF新闻发言人`).
 */
/** Longest Latin word taken into a title (WTO, BFMTV, 5G); longer runs are English text, not a name. */
export const MAX_LATIN_WORD_LENGTH = 8;
/** Characters of a Latin word inside a title: letters, digits, & and - (AT&T, COVID-19). */
const LATIN_CHAR = /^[A-Za-z0-9&-]$/;
/** A capital letter: an acronym or a brand, not a number (`18楼`, `2020年`). */
const CAPITAL = /[A-Z]/;

/** Where the title ending at `end` starts when the Latin word right before `start` belongs to it; null when none. */
export function latinLedTitleStart(chars: readonly string[], start: number, end: number): number | null {
  let at = start;
  while (at > 0 && LATIN_CHAR.test(chars[at - 1]!)) {
    at--;
    if (start - at > MAX_LATIN_WORD_LENGTH) return null;
  }
  if (at === start || !CAPITAL.test(chars.slice(at, start).join(""))) return null;
  const before = chars[at - 1];
  if (before === undefined || !isHan(before) || isBoundaryChar(before)) return at;
  // a clause too long to read back (`…研究院长征五号B|运载火箭总指挥`) leaves the title as it was, not led by a letter
  const read = clauseTitleStart(chars, at, end);
  return read < at ? read : null;
}

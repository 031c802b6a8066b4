import { CLAUSE_START, FUNCTION_CHARS } from "./boundaries";
import { givenNameLength, isChineseNameShaped } from "./name-shape";

/**
 * Particles that close a phrase and never a name (陈露等。, 来的。, 走了。): on days 1–20 of the PFR
 * month no name of three characters or more ends with one, while a two-character name is followed by
 * one and then punctuation 6 times (等 3, 的 2, 了 1).
 */
export const NEVER_NAME_END = "等的了";

/**
 * Marks that open what a preposition governs: a function character before one is the word "with",
 * "and" or "to" (`陶铸同“四人帮”进行了斗争`), not the name's last character, though “ counts as a
 * clause start elsewhere.
 */
export const OPENING_MARKS = "“‘《「『";

/**
 * A function character between a name and clause punctuation belongs to the name: in `县长欧树和，`
 * the 和 cannot be "and" (nothing follows it), so the name is 欧树和, not 欧树. The tagger, which
 * has seen 和 as "and" thousands of times, cuts such names short.
 */
export function extendsOverDanglingChar(chars: readonly string[], start: number, end: number): boolean {
  const next = chars[end];
  if (next === undefined || !FUNCTION_CHARS.includes(next) || NEVER_NAME_END.includes(next)) return false;
  const after = chars[end + 1];
  if (after === undefined || !CLAUSE_START.includes(after) || OPENING_MARKS.includes(after)) return false;
  const name = chars.slice(start, end);
  return isChineseNameShaped(name) && givenNameLength(name) === 1;
}

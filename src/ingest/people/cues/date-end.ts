import { DATE_UNITS } from "./date-unit";

/**
 * A date ends right before `at` (`一九九七年六月十六日|中曾根康弘`, `16日|中曾根康弘`): its unit (年,
 * 月, 日) after a numeral, in digits or in Chinese numerals. A name that starts there starts a word
 * of its own, whatever word the unit makes with the name's first character (日中, 月中, 年中): the
 * front-cut check (front-cuts.ts) must not read the date's unit and the name's first character as
 * one word. Found on fold 2 (session 41, pfr40): a signed date line before 中曾根康弘.
 */
/** Numerals a date is written with: decimal digits (ASCII or full-width) and the Chinese ones. */
const CHINESE_NUMERALS = "〇零一二三四五六七八九十廿卅";
const DIGIT = /^\p{Nd}$/u;

export function dateEndsAt(chars: readonly string[], at: number): boolean {
  if (at < 2 || !DATE_UNITS.includes(chars[at - 1]!)) return false;
  const numeral = chars[at - 2]!;
  return DIGIT.test(numeral) || CHINESE_NUMERALS.includes(numeral);
}

/**
 * A date's unit right after its digits (`1月14日|批准总统`, `2019年|总统`) is no part of the title
 * read back to its clause's start: the reading stops at the digits (not Han), so the unit was
 * kept at the title's front (`日批准总统`, `年总统`). Found on dev9 (session 39, rmrb53).
 */
/** Units a date's digits carry (the day's 号 is left: `5号线`, `3号楼` open titles too). */
export const DATE_UNITS: readonly string[] = ["年", "月", "日"];

/** What follows 年 when it counts a school year, not a date (`3年级班主任`): the title keeps it. */
const SCHOOL_YEAR = "级";

/** A decimal digit, ASCII or full-width. */
const DIGIT = /^\p{Nd}$/u;

/** Where a title read back to `at` starts once a date's unit there, right after digits, is taken off. */
export function afterDateUnit(chars: readonly string[], at: number, start: number): number {
  if (at === 0 || at >= start || !DATE_UNITS.includes(chars[at]!)) return at;
  if (chars[at + 1] === SCHOOL_YEAR) return at;
  return DIGIT.test(chars[at - 1]!) ? at + 1 : at;
}

/**
 * A title whose organisation's name opens with a number (`360集团董事长`, `3号隧道项目部人事经理`),
 * printed at a paragraph's or a clause's start: the title reader reads Han characters only and cut
 * the title after the digits (`集团董事长`, `号隧道项目部…`), and the numbers inside a title
 * (`numbered-unit.ts`) are read over only between Han text. Here the digits stand right before the
 * title read and only the text's start, a space or a clause's punctuation (`CLAUSE_MARKS`) before them, so they
 * can only be the organisation's; unless the title read opens with a count's or a date's unit
 * (`NOT_NUMBER_UNITS`: `2020年…`, `3名…`), where the number counts or dates and is no part of a
 * name. Found in the session 41 roles audit of dev5–11 (rmrb62): 360集团, 3号隧道.
 */
/** Longest number read into a title, in digits (360, 5G's digits are the Latin reader's). */
export const MAX_LEADING_DIGITS = 4;
/** Units after a number that make it a count of people or things, or a date or an age, not a name. */
export const NOT_NUMBER_UNITS = "年月日时分秒岁名位个人次届天周期万亿%％";

/** Punctuation that may stand right before a title opening with a number. */
export const CLAUSE_MARKS = "，。；！？、“”‘’（）《》「」";

const isDigit = (ch: string | undefined) => ch !== undefined && /^\p{Nd}$/u.test(ch);

/** Where the title starting at `start` starts when the number right before it opens it; null when none. */
export function numberLedTitleStart(chars: readonly string[], start: number): number | null {
  let at = start;
  while (at > 0 && isDigit(chars[at - 1])) at--;
  if (at === start || start - at > MAX_LEADING_DIGITS) return null;
  if (NOT_NUMBER_UNITS.includes(chars[start] ?? "%")) return null;
  const before = chars[at - 1];
  // only the text's start, a space or a clause's punctuation before it: after Han text the number is
  // the clause reader's (`numbered-unit.ts`), a date's or a count's; after a dash or a letter it is a
  // model's number (`运—10`), after a point or a colon part of a longer number
  if (before !== undefined && !/^\s$/u.test(before) && !CLAUSE_MARKS.includes(before)) return null;
  return at;
}

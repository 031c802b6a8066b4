/**
 * A name right after someone's age (`今年４８岁的张玉明`, `２３岁的保博是…`): 岁的 describes a
 * person, and when a name follows at once it is that person's. Often a noun comes first (`６５岁的
 * 老工人`, `３０岁的儿子`); the name shape and the tagger's span probability keep those out. In the
 * training days (1–15), 26 of 57 `<age>岁的` are followed by a name at once.
 */
/** Characters that write an age: digits (ASCII and full-width) and Chinese numerals. */
const AGE_CHARS = new Set(Array.from("0123456789０１２３４５６７８９一二三四五六七八九十百"));
/** An age is one to three such characters (５, ２３, 一百零二 is rare enough to miss). */
export const MAX_AGE_CHARS = 3;
const MARK = ["岁", "的"];

/** Whether an age phrase `<number>岁的` ends right at `at` (so a name may start there). */
export function ageSlotAt(chars: readonly string[], at: number): boolean {
  if (chars[at - 2] !== MARK[0] || chars[at - 1] !== MARK[1]) return false;
  let digits = 0;
  while (digits < MAX_AGE_CHARS && AGE_CHARS.has(chars[at - 3 - digits] ?? "")) digits++;
  return digits > 0;
}

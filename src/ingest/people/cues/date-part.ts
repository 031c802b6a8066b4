/**
 * A stretch of text that starts right after a number is the rest of a date or a time (`11日晚`,
 * `3月初`, `20时许`), never part of a body's name: `鲁哈尼11日晚与乌总统泽连斯基通电话` is no
 * organisation `日晚与乌` (joined-organisation.ts read it so: the title came out `日晚与乌总统`).
 */
export function followsNumber(chars: readonly string[], start: number): boolean {
  return /^\p{Nd}$/u.test(chars[start - 1] ?? "");
}

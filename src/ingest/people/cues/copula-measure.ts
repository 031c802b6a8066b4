/**
 * A count of one between the copula and what a person is (`王振华是个好人`, `是一名护士`, `是一位老党员`)
 * is no part of the role: the gold writes 好人, 护士. The copula readers read the clause after 是 whole,
 * so the role kept the count (`个好人`). Found in audit 7 (session 36, rmrb39: 个好人, 个能人).
 * A bare 个 that begins a word of its own is kept (`是个体户`: 个体户, a self-employed trader).
 */
/** Counts of one before a person noun, longest first. Bare 名 and 位 are left: they begin 名誉, 名医, 位列. */
export const ONE_COUNTS: readonly string[] = ["一个", "一名", "一位", "个"];
/** Words that begin with a measure character and are not a count (`个体户`). */
export const MEASURE_LED_WORDS: readonly string[] = ["个体", "个人"];
/** Shortest role left after the count (好人: two characters). */
export const MIN_ROLE_AFTER_COUNT = 2;

/** The role without a count of one in front (`个好人` → 好人); the role itself when it has none. */
export function withoutOneCount(role: string): string {
  if (MEASURE_LED_WORDS.some((w) => role.startsWith(w))) return role;
  const count = ONE_COUNTS.find((c) => role.startsWith(c));
  if (count === undefined) return role;
  const rest = role.slice(count.length);
  return Array.from(rest).length >= MIN_ROLE_AFTER_COUNT ? rest : role;
}

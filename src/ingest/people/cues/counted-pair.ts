/**
 * A role counted before a pair of names (`两名党员护士张欢和李敏`, `3位专家王刚与刘洋`) is each name's
 * role, without the count: the count says the role is the pair's. The role of the first name came
 * out with the count in front (`两名党员护士`) and the second name had none, nothing standing right
 * before or after it. Found in the rmrb20 roles audit (session 33). Without a count the pair is left
 * alone (`国家主席A和B`: B may be anyone).
 */
/** Longest count before the measure, in characters (`十二`). */
export const MAX_COUNT_LENGTH = 2;
/** Characters that count people, and the measures that end a count of people. */
const NUMERALS = /^[\p{Nd}一二两三四五六七八九十几]$/u;
const MEASURES = "名位";
/** Characters that join the second name of a pair to the first. */
export const PAIR_JOINERS = "和与";

/** A role without the count of people in front of it (`两名党员护士` → 党员护士), or null when it has none. */
export function uncountedRole(role: string): string | null {
  const chars = Array.from(role);
  let count = 0;
  while (count < MAX_COUNT_LENGTH && NUMERALS.test(chars[count] ?? "")) count++;
  if (count === 0 || !MEASURES.includes(chars[count] ?? "\n")) return null;
  // 一名 counts one person, not a pair; a bare measure left nothing to read
  if (count === 1 && chars[0] === "一") return null;
  const rest = chars.slice(count + 1).join("");
  return rest.length > 0 ? rest : null;
}

/** Whether a name starting at `start` is the second of a pair, joined to a name ending at `start - 1`. */
export function isPairSecond(chars: readonly string[], start: number, nameEndsAt: (end: number) => boolean): boolean {
  return start > 1 && PAIR_JOINERS.includes(chars[start - 1]!) && nameEndsAt(start - 1);
}

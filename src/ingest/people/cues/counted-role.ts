import { REPORTER_ROLES } from "@/ingest/parse/byline";

/**
 * A reporter's role after a count (`3名记者王小川、李大海`, `两位记者`) names people the sentence is
 * about: a count of the paper's own writers never opens a credit. Their role is the word as
 * printed (记者), a title like any other, not the credit's `reporter`.
 */
/** Characters that count people before a role: digits, Chinese numerals, and the counters. */
const NUMERALS = /^[\p{Nd}一二两三四五六七八九十几多数百]$/u;
const COUNTERS = "名位个";

const ROLES = [...REPORTER_ROLES].sort((a, b) => b.length - a.length);

/** The reporter role counted right before `at` (`3名记者|`), or null. */
export function countedRoleBefore(chars: readonly string[], at: number): string | null {
  const before = chars.slice(Math.max(0, at - 8), at).join("");
  const role = ROLES.find((r) => before.endsWith(r));
  if (role === undefined) return null;
  const roleStart = at - Array.from(role).length;
  const counter = chars[roleStart - 1];
  if (counter === undefined || !COUNTERS.includes(counter)) return null;
  return NUMERALS.test(chars[roleStart - 2] ?? "") ? role : null;
}

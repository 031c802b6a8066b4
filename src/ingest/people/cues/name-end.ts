import { CLAUSE_START, FUNCTION_CHARS } from "./boundaries";
import { givenNameLength, isChineseNameShaped } from "./name-shape";

/**
 * A function character between a name and clause punctuation belongs to the name: in `县长欧树和，`
 * the 和 cannot be "and" (nothing follows it), so the name is 欧树和, not 欧树. The tagger, which
 * has seen 和 as "and" thousands of times, cuts such names short.
 */
export function extendsOverDanglingChar(chars: readonly string[], start: number, end: number): boolean {
  const next = chars[end];
  if (next === undefined || !FUNCTION_CHARS.includes(next)) return false;
  const after = chars[end + 1];
  if (after === undefined || !CLAUSE_START.includes(after)) return false;
  const name = chars.slice(start, end);
  return isChineseNameShaped(name) && givenNameLength(name) === 1;
}

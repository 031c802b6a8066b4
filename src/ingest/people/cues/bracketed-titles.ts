/**
 * The titles in a bracket right after a name, when everything in the bracket is titles or
 * descriptions joined by 、: `——王晓红（南岭大学历史学院教授、考古学家）` → 南岭大学历史学院教授,
 * 考古学家. A quoted judgement closed by `——name（posts）` printed the person's posts only there,
 * and the name got no role: the title parser reads titles before a name, and the description
 * after a name in a bracket (`descriptionAfter`) takes one description, not a 、 chain. Each item is
 * read as the title parser reads a chain ending at the closing bracket, the last item as a
 * description when it is no title, and the roles must fill the bracket (`rolesSpanning`), so a
 * bracket that holds anything else (an age, 左二, a place, a sentence) gives nothing. Found in the rmrb20 roles audit (session 33).
 */
import { rolesSpanning } from "./spanned-roles";

/** Longest bracket read, in characters (two long posts with their organisations). */
export const MAX_BRACKET_TITLES_LENGTH = 40;
const OPEN = "（";
const CLOSE = "）";

/**
 * The roles in a bracket right after a name ending at `nameEnd`, in text order, or an empty list.
 * `titlesEndingAt(end)` reads the titles (a 、 chain) ending at a position, `descriptionEndingAt(end)`
 * a description ending there.
 */
export function bracketedTitlesAfter(
  chars: readonly string[],
  nameEnd: number,
  titlesEndingAt: (end: number) => string[],
  descriptionEndingAt: (end: number) => string | null,
): string[] {
  if (chars[nameEnd] !== OPEN) return [];
  const open = nameEnd;
  let close = open + 1;
  while (close < chars.length && chars[close] !== CLOSE && chars[close] !== OPEN) {
    if (close - open > MAX_BRACKET_TITLES_LENGTH) return [];
    close++;
  }
  if (chars[close] !== CLOSE) return [];
  return rolesSpanning(chars, open + 1, close, titlesEndingAt, descriptionEndingAt);
}

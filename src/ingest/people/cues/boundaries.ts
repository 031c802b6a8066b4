import { isCjkPunctuation, isHan, isSpace } from "@/text/char-class";

/**
 * Where a title or a name can begin: after punctuation, at the start of a text, or after one of
 * the function characters that join phrases (的 及 和 与 …). A place name before a title must
 * begin at one (茂南 after 。), so that a verb before a title is not taken for a place (落实省委书记).
 */
export const FUNCTION_CHARS = "的及和与同由是在向对把被将请让给跟等并或即了为";

export function isBoundaryChar(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  return isCjkPunctuation(ch) || isSpace(ch) || FUNCTION_CHARS.includes(ch) || /^[\p{P}\p{S}]$/u.test(ch);
}

/** Punctuation that ends a clause; a title list may reach back across a comma only to one of these. */
export const CLAUSE_START = "。；：！？，\n“”";

export function startsClause(ch: string | undefined): boolean {
  return ch === undefined || CLAUSE_START.includes(ch);
}

/** Characters a name may not contain: function characters and anything not Han. */
export function canBeInName(ch: string): boolean {
  return isHan(ch) && !FUNCTION_CHARS.includes(ch);
}

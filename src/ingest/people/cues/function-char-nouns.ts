/**
 * Person nouns that begin with a function character (boundaries.ts): `被告人赵某` reads 被 as the
 * passive marker, so the description before the name came out `告人`. Where the text holds one of
 * these words whole, its first character is part of the description. A closed list: the words of
 * courts and of colleagues, which the paper prints before names (not 被告: `他被告知`).
 */
export const FUNCTION_CHAR_NOUNS: readonly string[] = [
  "被告人",
  "被害人",
  "被执行人",
  "被申请人",
  "被保险人",
  "同事",
  "同学",
  "同乡",
  "同伴",
];

/** Whether one of `FUNCTION_CHAR_NOUNS` starts at `at`, its function character at `at`. */
export function functionCharNounAt(chars: readonly string[], at: number): boolean {
  return FUNCTION_CHAR_NOUNS.some((w) => chars.slice(at, at + Array.from(w).length).join("") === w);
}

import { isLatinLetter, isSpace, isWide } from "./char-class";

/**
 * Removes the spaces a PDF export puts into CJK text (justified lines `座 谈 上 举 行`, digit runs
 * `2 月 26 日`, `会议强调, 要`) and keeps a single space where both neighbours are Latin text or
 * digits (`Folio v2`, `iPhone 14 Pro`).
 */
export function collapseSpaces(text: string): string {
  const chars = Array.from(text);
  let out = "";
  let before: string | undefined;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (!isSpace(ch)) {
      out += ch;
      before = ch;
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isSpace(chars[j]!)) j++;
    const after = chars[j];
    if (before !== undefined && after !== undefined && keepsSpaceBetween(before, after)) out += " ";
    i = j;
  }
  return out;
}

/** A space survives only between two non-wide characters, at least one of them a Latin letter. */
export function keepsSpaceBetween(before: string, after: string): boolean {
  if (isWide(before) || isWide(after)) return false;
  return isLatinLetter(before) || isLatinLetter(after);
}

/**
 * Joins two column lines of one paragraph: no space in CJK text; a space only where a Latin word
 * ends the first line and another begins the next.
 */
export function joinColumnLines(first: string, second: string): string {
  const a = lastChar(first);
  const b = firstChar(second);
  if (a !== undefined && b !== undefined && isLatinLetter(a) && isLatinLetter(b)) return `${first} ${second}`;
  return first + second;
}

/** The last code point of a string (without copying the string into an array). */
export function lastChar(text: string): string | undefined {
  if (text.length === 0) return undefined;
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** The first code point of a string. */
export function firstChar(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

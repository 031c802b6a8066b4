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
  const a = Array.from(first).at(-1);
  const b = Array.from(second)[0];
  if (a !== undefined && b !== undefined && isLatinLetter(a) && isLatinLetter(b)) return `${first} ${second}`;
  return first + second;
}

import { isLatinLetter, isSpaceCode, isWide } from "./char-class";

/**
 * Removes the spaces a PDF export puts into CJK text (justified lines `座 谈 上 举 行`, digit runs
 * `2 月 26 日`, `会议强调, 要`) and keeps a single space where both neighbours are Latin text or
 * digits (`Folio v2`, `iPhone 14 Pro`).
 */
export function collapseSpaces(text: string): string {
  // Spaces are single UTF-16 units, so the text is walked by unit and copied by runs; the
  // characters on either side of a run of spaces are read as whole code points.
  let out = "";
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    out += text.slice(runStart, i);
    let j = i;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    const before = lastChar(out);
    const after = j < text.length ? String.fromCodePoint(text.codePointAt(j)!) : undefined;
    if (before !== undefined && after !== undefined && keepsSpaceBetween(before, after)) out += " ";
    i = j;
    runStart = j;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
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

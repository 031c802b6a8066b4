/**
 * Character classes for CJK newspaper text. Code-point ranges, not a library: the classes are the
 * product's own definitions ("wide" = takes a full em in CJK typesetting) and must be identical in
 * ingest and in the browser.
 */

/** Han ideographs: URO, Ext A, compatibility ideographs and the supplementary planes (鋆, 𠀀…). */
export function isHan(ch: string): boolean {
  return isHanCode(ch.codePointAt(0) ?? 0);
}

export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    c === 0x3007 // 〇
  );
}

/** CJK punctuation and full-width forms: 。，、；：？！“”‘’（）《》「」『』【】—…·• and U+FF01–FF60. */
export function isCjkPunctuation(ch: string): boolean {
  return isCjkPunctuationCode(ch.codePointAt(0) ?? 0);
}

export function isCjkPunctuationCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f && c !== 0x3000 && c !== 0x3007) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis, bullet
    c === 0x00b7 ||
    (c >= 0x25a0 && c <= 0x25ff) // ■□▲◆●… used as byline and intertitle markers
  );
}

/** Kana and Hangul count as wide script too (names and quotes in foreign news). */
function isOtherWideScriptCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af);
}

/** A character that occupies a full em in CJK typesetting. */
export function isWide(ch: string): boolean {
  return isWideCode(ch.codePointAt(0) ?? 0);
}

export function isWideCode(c: number): boolean {
  return isHanCode(c) || isCjkPunctuationCode(c) || isOtherWideScriptCode(c);
}

export function isAsciiDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** Latin letters (ASCII and accented Latin), not digits. */
export function isLatinLetter(ch: string): boolean {
  return /^\p{Script=Latin}$/u.test(ch);
}

/** Whitespace as a PDF export produces it: ASCII space, tab, ideographic space, NBSP. */
export function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0));
}

export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0c || c === 0x0b;
}

export function stripWhitespace(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/gu, "");
}

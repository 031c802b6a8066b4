/**
 * A font without a Unicode map gives the text layer private-use code points, U+FFFD or control
 * characters instead of the printed characters. Above a small share the page's text is garbage:
 * warn and publish no articles from it.
 */
/** Share of non-space characters that may be unreadable before the text is taken for garbled. */
export const GARBLED_SHARE = 0.05;

export function unreadableShare(text: string): number {
  let total = 0;
  let bad = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    total++;
    const c = ch.codePointAt(0)!;
    const privateUse = (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;
    if (privateUse || c === 0xfffd || c < 0x20 || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return total === 0 ? 0 : bad / total;
}

export function isGarbled(text: string): boolean {
  return unreadableShare(text) > GARBLED_SHARE;
}

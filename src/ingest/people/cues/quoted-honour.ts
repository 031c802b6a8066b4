/**
 * An honour printed in quotes before the one who holds it (`“共和国勋章”获得者黄旭华`, `“人民工匠”荣誉称号
 * 获得者`): the description reader stops at the closing quote and kept only `获得者`, which says nothing
 * on a person page. The gold writes the role as printed, quotes kept (`“共和国勋章”获得者`). Where a
 * description ending in a holder's word (`HONOUR_HOLDERS`) starts right after a closing quote, and the
 * quotes hold a short name of letters and digits only, the role reads over the quotes. The opening
 * quote may follow punctuation (an honour opens its clause: `。“共和国勋章”获得者`), unlike a quoted
 * body's name (`quoted-body.ts`); a quoted sentence holds punctuation and is not read.
 */
/** Words that end a description of someone who received an honour or a prize. */
export const HONOUR_HOLDERS: readonly string[] = ["获得者", "得主"];
/** Longest quoted honour read, in characters (共和国勋章 is 5, 全国优秀共产党员 8; a slogan is longer). */
export const MAX_QUOTED_HONOUR = 12;

/** Where a description from `start` to `end` starts with the quoted honour before it (at the opening quote), or null. */
export function quotedHonourStart(chars: readonly string[], start: number, end: number): number | null {
  if (chars[start - 1] !== "”") return null;
  const role = chars.slice(start, end).join("");
  if (!HONOUR_HOLDERS.some((h) => role.endsWith(h))) return null;
  let open = start - 2;
  for (; open >= 0 && chars[open] !== "“"; open--) {
    if (start - 2 - open >= MAX_QUOTED_HONOUR || !/^[\p{L}\p{Nd}]$/u.test(chars[open]!)) return null;
  }
  return open < 0 || open === start - 2 ? null : open;
}

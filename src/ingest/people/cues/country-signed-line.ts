import { isHan } from "@/text/char-class";

/**
 * A guest writer's byline: a paragraph of its own that is the writer's country in brackets, then
 * the name (`（瑞士）罗志谊`, `（阿尔及利亚）艾哈桑·布哈利法`), set over each piece of a collection of
 * signed articles by foreign writers. The name is a credit (role `reporter`). This cue says only
 * where such a name is; the name itself must have been found (by the tagger or another cue).
 * audit4 (issue 14): 6 of its 8 missing credits are such lines.
 */
/** Longest bracketed country before the name, in characters (阿尔及利亚, 哥斯达黎加, 中非共和国). */
export const MAX_COUNTRY_LENGTH = 8;
/** Longest name after it, in characters (a dotted name with its parts: 亚历山大·克拉克森). */
export const MAX_SIGNED_NAME_LENGTH = 12;

/** Where, in the paragraph, a guest writer's name stands after the bracketed country ([start, end)), or null. */
export function countrySignedNameSpan(paragraph: string): { start: number; end: number } | null {
  const chars = Array.from(paragraph.trimEnd());
  if (chars[0] !== "（") return null;
  const close = chars.indexOf("）");
  const country = chars.slice(1, close);
  if (close < 0 || country.length === 0 || country.length > MAX_COUNTRY_LENGTH || !country.every(isHan)) return null;
  const name = chars.slice(close + 1);
  if (name.length < 2 || name.length > MAX_SIGNED_NAME_LENGTH) return null;
  if (!isHan(name[0]!) || !isHan(name.at(-1)!) || !name.every((c) => isHan(c) || c === "·")) return null;
  return { start: close + 1, end: chars.length };
}

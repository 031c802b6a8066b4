import { isHan } from "@/text/char-class";

/**
 * A name set as a paragraph of its own is a credit in two places the paper uses for its writers:
 * - in brackets closing the piece (`（林  禾）`, a commentary's pen name: `（石  岩）`);
 * - under a heading line inside the article (a collection of short pieces, each with its heading
 *   and its author's line: `春天的信` / `林禾` / text);
 * - right above the author's note that closes a letter or an essay (`林禾` / `（作者为…连长）`).
 * This cue says only where such a line is; the name itself must have been found (by the tagger or
 * another cue): a pen name (磐石) is no surname-led name, and an unknown word there is left alone.
 */
/** Longest heading line above an author's line, in characters. */
export const MAX_HEADING_LENGTH = 24;
/** Longest name read from such a line (a dotted name with its parts: 鲍尔吉·原野). */
export const MAX_LONE_NAME_LENGTH = 8;
/** Punctuation that ends a sentence: a line ending so is text, not a heading. */
const SENTENCE_END = "。！？；：…”，";

/** What opens the author's note under a piece: `（作者为…）`, `（作者单位：…）`. */
const AUTHOR_NOTE = /^[（(]作者/u;

const nameChars = (text: string) => Array.from(text).every((ch) => isHan(ch) || ch === "·");

/** Where, in paragraph `i`, a lone name would be a credit ([start, end) in characters), or null. */
export function loneNameCreditSpan(paragraphs: readonly string[], i: number): { start: number; end: number } | null {
  const chars = Array.from(paragraphs[i]!);
  const name = paragraphs[i]!.trimEnd();
  if (AUTHOR_NOTE.test(paragraphs[i + 1]?.trim() ?? "") && Array.from(name).length <= MAX_LONE_NAME_LENGTH)
    return nameChars(name) && name.length > 0 ? { start: 0, end: Array.from(name).length } : null;
  if (chars[0] === "（" && chars.at(-1) === "）" && i === paragraphs.length - 1 && i > 0) {
    const inside = chars.slice(1, -1).join("");
    return inside.length <= MAX_LONE_NAME_LENGTH && nameChars(inside) ? { start: 1, end: chars.length - 1 } : null;
  }
  const previous = paragraphs[i - 1];
  if (previous === undefined || i === paragraphs.length - 1 || chars.length > MAX_LONE_NAME_LENGTH) return null;
  if (!nameChars(chars.join(""))) return null;
  const heading = Array.from(previous);
  if (heading.length > MAX_HEADING_LENGTH || SENTENCE_END.includes(heading.at(-1) ?? "。")) return null;
  return { start: 0, end: chars.length };
}

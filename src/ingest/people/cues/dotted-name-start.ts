import { NAME_DOTS } from "./name-dots";
import { isHan } from "@/text/char-class";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * Where a dotted name (哈桑纳尔·博尔基亚, 希克迈特·赫朱) starts. The tagger reads the parts after the
 * dot well but cuts the first part at any syllable: too late (`苏丹哈|桑纳尔·博尔基亚`, `选举阿不都热依|
 * 木·卡德尔`) or too early, with a title or the end of a word glued on (`公使希克迈特·赫朱`, `百万富|
 * 翁萨米·托马斯`). The sentence says where the first part starts: after punctuation, after a title or
 * a describing word (苏丹, 公使, 成员), or after a word (选举, 富翁); so the start moves to the nearest
 * such boundary:
 * - forward past a title that ends inside the first part, or past a word that runs across the start;
 * - else, when the start is not at a boundary, back to the nearest one, within MAX_FIRST_PART, over
 *   transliteration characters only: a function word or a word's end before the name (是|罗曼·罗兰,
 *   用|保尔·柯察金, 获胜的|米洛·久卡诺维奇, 临时代办|希克迈特) is not part of it.
 * A one-character first part right after a title (`成员简·霍金斯`) is a name's part, not half of a
 * place list (tagger-slips.ts).
 * Days 16–20 (model of days 1–15), with dotted-transliteration.ts: F1 0.9541 → 0.9546 (TP 1973 →
 * 1975, FP 67; 哈桑纳尔·博尔基亚 found, 公使|希克迈特·赫朱 cut; a company 爱德华·弗朗西斯 taken).
 */
/** Longest first part a dotted name is stretched to (阿不都热依木: six characters). */
export const MAX_FIRST_PART = 6;
/** Lengths of a word checked at a boundary: two to four characters (选举, 富翁, 百万富翁). */
const WORD_LENGTHS = [2, 3, 4] as const;

export interface DottedStartContext {
  /** A word of the lexicons (not a name). */
  isWord(word: string): boolean;
  /** Whether a title or a describing word ends at `at` (公使, 苏丹, 成员). */
  titleEndsAt(at: number): boolean;
}

/** Whether a name may start at `at`: after a non-Han character, a title or a word. */
export function isNameBoundary(chars: readonly string[], at: number, context: DottedStartContext): boolean {
  const before = chars[at - 1];
  if (before === undefined || !isHan(before)) return true;
  if (context.titleEndsAt(at)) return true;
  return WORD_LENGTHS.some((length) => at - length >= 0 && context.isWord(chars.slice(at - length, at).join("")));
}

/** The start of the word that runs across `at` (富|翁), if one does. */
function wordAcross(chars: readonly string[], at: number, context: DottedStartContext): number | null {
  for (const length of WORD_LENGTHS) {
    for (let start = at - length + 1; start < at; start++) {
      if (start < 0) continue;
      if (context.isWord(chars.slice(start, start + length).join(""))) return start + length;
    }
  }
  return null;
}

/**
 * The start of the dotted name [start, end), moved to where the sentence says its first part starts;
 * `start` itself for a name without a dot or with nothing to move.
 */
export function dottedNameStart(
  chars: readonly string[],
  start: number,
  end: number,
  context: DottedStartContext,
): number {
  let dot = -1;
  for (let at = start; at < end; at++) {
    if (NAME_DOTS.includes(chars[at]!)) {
      dot = at;
      break;
    }
  }
  if (dot <= start) return start;
  // a title glued to the front (公使|希克迈特): the last title ending inside the first part
  for (let at = dot - 1; at > start; at--) if (context.titleEndsAt(at)) return at;
  // a word across the start (富|翁萨米): the name starts after it, if a part is left
  const after = wordAcross(chars, start, context);
  if (after !== null) return after < dot ? after : start;
  if (isNameBoundary(chars, start, context)) return start;
  for (let at = start - 1; at >= 0 && dot - at <= MAX_FIRST_PART && isTransliteration(chars[at]!); at--)
    if (isNameBoundary(chars, at, context)) return at;
  return start;
}

function isTransliteration(ch: string): boolean {
  return TRANSLITERATION_CPS.has(ch.codePointAt(0)!);
}

/** Whether a one-character first part starts after a title or punctuation (成员|简·霍金斯). */
export function isTitledStart(chars: readonly string[], at: number, context: DottedStartContext): boolean {
  const before = chars[at - 1];
  return before === undefined || !isHan(before) || context.titleEndsAt(at);
}

import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";

/**
 * A title or description read back to its clause's start kept the words that open the sentence
 * before it: a preposition that opens a clause (`据…董事陈某说` → 据…, `经过…负责人陈某等`
 * → 经过…) or an adverbial of time or sequence (`这段时间…协会会长姜某`). Such words
 * say how or when something happened, never what the person is; a title never starts with one.
 * They are taken off the front when the role starts its clause (punctuation, the text's start, or
 * anything not Han before it) and what is left is still a role (`MIN_ROLE_LENGTH`). General function
 * words of the language, not words of the corpus (session 35, rmrb36: the sixth audit's 据, 经过, 这段时间).
 * Bare 在 and 当 are left out: they start roles too (`在职党员`, `在校学生`, `当地村民`).
 */
export const LEADING_ADVERBIALS: readonly string[] = [
  // prepositions that open a clause: according to, through, because of, along with
  "据",
  "根据",
  "依据",
  "经过",
  "通过",
  "由于",
  "随着",
  "对于",
  "关于",
  // adverbials of time
  "这段时间",
  "那段时间",
  "这段日子",
  "那时",
  "这时",
  "此时",
  "如今",
  "目前",
  "眼下",
  "近来",
  "最近",
  "后来",
  "起初",
  // adverbs of emphasis that open a clause: even (session 36 second round, rmrb41: `就连…部长`)
  "就连",
  "甚至",
  // connectives that open a sentence
  "同时",
  "此外",
  "另外",
  "而且",
  "但是",
  "可是",
  "不过",
  "于是",
];
/** Shortest role left after the adverbial: a two-character post or description (会长, 村民). */
export const MIN_ROLE_LENGTH = 2;

const LONGEST_FIRST = [...LEADING_ADVERBIALS].sort((a, b) => b.length - a.length);

/**
 * Where a role read from `start` to `end` starts without the adverbials in front of it, or null when
 * it has none (or is not at its clause's start, or too little would be left).
 */
export function leadingAdverbialEnd(chars: readonly string[], start: number, end: number): number | null {
  const before = chars[start - 1];
  if (before !== undefined && isHan(before) && !isBoundaryChar(before)) return null;
  let at = start;
  for (;;) {
    const word = LONGEST_FIRST.find((w) => Array.from(w).every((ch, k) => chars[at + k] === ch));
    if (word === undefined) break;
    at += Array.from(word).length;
  }
  if (at === start || end - at < MIN_ROLE_LENGTH) return null;
  return at;
}

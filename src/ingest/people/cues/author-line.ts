import { isHan } from "@/text/char-class";
import { isPlaceName } from "./place-names";

/**
 * An author line: the paragraph right under a title (and its subtitles) that is nothing but two or
 * three Han characters is the name of whoever wrote the piece, a commentary's or a letter's byline
 * set as a line of its own (`周方` between the title and the text), pen names included. In the
 * training month (days 1–15) 172 of 178 such lines are names; the others are places (a dateline
 * set alone) and words, which the known places and words rule out. The name is a credit (role
 * `reporter`). Days 16–20 (model of days 1–15): F1 0.9407 → 0.9415 (TP +3, FP ±0).
 */
/** Shortest author line: a two-character name (also a pen name). */
export const MIN_AUTHOR_LINE = 2;
/**
 * Longest author line. Four characters are a two-name credit as often as a name (and a compound
 * surname's name is rare), so they are left to the tagger.
 */
export const MAX_AUTHOR_LINE = 3;

/** Whether the paragraph under the title reads as its author's name. */
export function isAuthorLine(paragraph: string, known: (word: string) => boolean): boolean {
  const chars = Array.from(paragraph.trim());
  if (chars.length < MIN_AUTHOR_LINE || chars.length > MAX_AUTHOR_LINE || !chars.every(isHan)) return false;
  const text = chars.join("");
  return !known(text) && !isPlaceName(text);
}

import { DOTS, MIN_DOTTED_PARTS, MIN_PART_CHARS } from "./dotted-transliteration";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A dotted name the tagger is fairly sure of (`哈里逊·福特`, `路易丝·弗雷谢特`) vouches for itself,
 * even with characters outside the transliteration table (逊, 彻, 易), which dotted-transliteration.ts
 * asks for at any confidence: a name dot between two parts of two characters or more is how a
 * foreign or minority name is written, and what else carries one (a dynasty before a poet,
 * `清·某某某`; a place list) has a one-character part or leaves the tagger unsure. As there, the
 * name must stand whole: a transliteration character right after it says it was cut out of a
 * longer run (`拉蒙·劳达雷|斯`).
 *
 * Found in session 43 on the four folds of days 1–20 by what keeping each unsupported name does to
 * its article's score: dotted names the support check dropped at 0.3 / 0.5 / 0.6 / 0.8 and up held
 * 5 / 5 / 4 / 3 true names and 3 / 3 / 2 / 1 false ones, all three false ones a cut run or a
 * one-character part, which the rule's shape leaves out.
 */
export const DOTTED_NAME_MIN_PROBABILITY = 0.5;

/** Whether the mention [start, end) of `chars` is a whole dotted name of parts of two characters or more. */
export function isWholeDottedName(chars: readonly string[], start: number, end: number): boolean {
  const after = chars[end];
  if (after !== undefined && TRANSLITERATION_CPS.has(after.codePointAt(0)!)) return false;
  const parts = chars.slice(start, end).join("").split(DOTS);
  return parts.length >= MIN_DOTTED_PARTS && parts.every((part) => Array.from(part).length >= MIN_PART_CHARS);
}

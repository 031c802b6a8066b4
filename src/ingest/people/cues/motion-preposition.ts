/**
 * A preposition of motion inside a description read back from a name (`…的同志往|种植户家里赶去`) ends
 * the clause before it: what follows it is where someone goes, and the person noun after it is the
 * person's description alone (养殖户). 同 before it is a function character, so the reading stopped there
 * and kept `志往种植户`. Found in audit 7 (session 36, rmrb39). 往 in a word of its own is left: 往来, 往返
 * (`往来客商`) and after 以, 交, 来 (以往, 交往, 来往).
 */
/** Prepositions of motion that end the clause before a description. */
export const MOTION_PREPOSITIONS = "往";
/** Characters after the preposition that make it a word (往来, 往返, 往事). */
const NOT_AFTER = "来返事年日常";
/** Characters before it that make it a word (以往, 交往, 来往, 过往, 向往). */
const NOT_BEFORE = "以交来过向";
/** Shortest description left after the preposition (养殖户 is three; two as 村民). */
export const MIN_DESCRIPTION_AFTER = 2;

/** Where the description from `start` to `end` starts after a preposition of motion inside it, or null. */
export function motionPrepositionEnd(chars: readonly string[], start: number, end: number): number | null {
  for (let at = end - MIN_DESCRIPTION_AFTER - 1; at >= start; at--) {
    if (!MOTION_PREPOSITIONS.includes(chars[at]!)) continue;
    if (NOT_AFTER.includes(chars[at + 1] ?? "\n") || NOT_BEFORE.includes(chars[at - 1] ?? "\n")) continue;
    return at + 1;
  }
  return null;
}

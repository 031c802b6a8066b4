/**
 * A run of clauses each naming a work and then its subject (`《甲》的某某带领…；《乙》的某某…；《丙》中的某某…`):
 * a review of a series of documentaries or stories names the person each one is about so, one
 * clause per work, and the tagger, reading the name after `》的`, holds it at 0.8–0.9 where nothing
 * else vouches for it (dev8: two of five such names dropped as unsupported). Where other clauses of
 * the same sentence open so with sure names (`MIN_SURE_FRAMES`), a name in the same slot is one too.
 * It vouches for the tagger's own name (support.ts), never adds one: `》的` is followed by a work's
 * parts and themes far more often than by a person.
 */
/** Sure names at other clauses' work frames of the sentence: a run, not one pair. */
export const MIN_SURE_FRAMES = 2;
/** Characters that open a clause of the run. */
const CLAUSE_BREAKS = "，；：";
/** Characters that end a sentence: the run does not cross them. */
const SENTENCE_ENDS = "。！？\n";
/** Longest name a sure neighbour is read as. */
const MAX_NAME_LENGTH = 4;
/** Longest work title read inside 《》. */
const MAX_TITLE_LENGTH = 20;

/** Where the name slot after a clause-opening `《…》的` / `《…》中的` starting at `open` (the 《) begins, or -1. */
function slotAfterFrame(chars: readonly string[], open: number): number {
  if (chars[open] !== "《") return -1;
  if (open > 0 && !CLAUSE_BREAKS.includes(chars[open - 1]!) && !SENTENCE_ENDS.includes(chars[open - 1]!)) return -1;
  const limit = Math.min(chars.length, open + MAX_TITLE_LENGTH + 2);
  let close = open + 1;
  while (close < limit && chars[close] !== "》" && chars[close] !== "《") close++;
  if (chars[close] !== "》") return -1;
  if (chars[close + 1] === "的") return close + 2;
  if (chars[close + 1] === "中" && chars[close + 2] === "的") return close + 3;
  return -1;
}

/**
 * Whether the name [start, end) stands in a clause-opening work frame of a sentence whose other work
 * frames hold `MIN_SURE_FRAMES` sure names. `isSureAt(start, end)`: a sure mention stands there.
 */
export function workFrameRunAt(
  chars: readonly string[],
  start: number,
  end: number,
  isSureAt: (start: number, end: number) => boolean,
): boolean {
  // the cheap test first: the name follows 的 right after 》 or 》中
  if (chars[start - 1] !== "的" || (chars[start - 2] !== "》" && chars[start - 3] !== "》")) return false;
  let first = start;
  while (first > 0 && !SENTENCE_ENDS.includes(chars[first - 1]!)) first--;
  let last = start;
  while (last < chars.length && !SENTENCE_ENDS.includes(chars[last]!)) last++;
  let own = false;
  let sure = 0;
  for (let at = first; at < last; at++) {
    if (chars[at] !== "《") continue;
    const slot = slotAfterFrame(chars, at);
    if (slot < 0) continue;
    if (slot === start) own = true;
    else if (Array.from({ length: MAX_NAME_LENGTH - 1 }, (_, k) => k + 2).some((n) => isSureAt(slot, slot + n))) sure++;
  }
  return own && end > start && sure >= MIN_SURE_FRAMES;
}

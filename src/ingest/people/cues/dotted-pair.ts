/**
 * Two dotted names the tagger read as one across the 和 between them (`卡尔·米勒和安娜·贝克`): no
 * transliterated name is written with 和, 与 or 及 inside, so a mention holding one of them with a
 * dotted name on each side is two people, split at the conjunction. Each side must be a dotted name
 * itself (at least `MIN_DOTTED_SIDE` characters, a dot neither first nor last), so a run like
 * `和田·…` or a Chinese name before 和 is left to the other checks. Found on the dev set dev6 (issue 14).
 */
/** Conjunctions that join two names in a list and are no transliteration's syllable. */
export const PAIR_CONJUNCTIONS = "和与及";
/** A dotted name on each side: a character, the dot, a character. */
export const MIN_DOTTED_SIDE = 3;

/** Where the conjunction between two dotted names inside `start`…`end` stands, or null. */
export function dottedPairConjunction(chars: readonly string[], start: number, end: number): number | null {
  if (end - start < 2 * MIN_DOTTED_SIDE + 1) return null;
  for (let at = start + MIN_DOTTED_SIDE; at <= end - MIN_DOTTED_SIDE - 1; at++) {
    if (!PAIR_CONJUNCTIONS.includes(chars[at]!)) continue;
    if (isDottedSide(chars, start, at) && isDottedSide(chars, at + 1, end)) return at;
  }
  return null;
}

/** Whether `start`…`end` holds a dot with a character before and after it. */
function isDottedSide(chars: readonly string[], start: number, end: number): boolean {
  for (let at = start + 1; at < end - 1; at++) if (chars[at] === "·") return true;
  return false;
}

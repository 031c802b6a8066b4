import { kinTermOf } from "./kin-object";

/**
 * A name right after a kin word (`父亲张某某，在…`, `他的儿子李某暑假里…`): the kin word says a person
 * follows, as a title does, so it vouches for a name the tagger read there (support.ts), if the
 * tagger is as sure of it as of a name after a person noun and the name is no dictionary word
 * (`伯伯|关爱之余`: 关爱, a word, came out of fold 2 without that check). The kin words are those of
 * kin-object.ts and kin-terms.ts (儿子, 女儿, 丈夫, 父亲, 弟弟, 大哥 …), general knowledge of the
 * language. This file only vouches: adding surname-led names after a kin word (at 0.3) found none
 * more on the four folds of days 1–20 and read that 关爱 as a name too (session 41, pfr40); session 44
 * adds them at a lower bar, through the descriptor's pass and its word check (kin-slot.ts). Found on fold 2:
 * a father's name after 父亲 before a comma, dropped as unsupported at 0.998.
 */
/** The longest kin word looked for before a name (外孙女, 太奶奶): three characters. */
export const MAX_KIN_WORD = 3;
/** How sure the tagger must be of the name (the person noun's floor, person-noun-before.ts). */
export const KIN_BEFORE_MIN_PROBABILITY = 0.3;

/** Whether a kin word ends right before `at`. */
export function kinWordEndsAt(chars: readonly string[], at: number): boolean {
  if (at < 2) return false;
  return kinTermOf(chars.slice(Math.max(0, at - MAX_KIN_WORD), at).join("")) !== null;
}

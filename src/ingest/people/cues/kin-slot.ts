import { kinWordEndsAt } from "./kin-before-name";
import { NAME_FOLLOWING_ADVERBS } from "./soldier-descriptors";
import { nameHoldsWord } from "./person-noun-before";

/**
 * A name the tagger doubted right after a kin word (`和表弟某某某一起`, `某某某的二哥某某某负责`,
 * `让儿子某某某去`): the kin word says a person follows, as a descriptor does, so the descriptor's
 * pass adds a surname-led name there (apply-cues.ts), the tagger choosing the length and vetoing an
 * unlikely one (KIN_SLOT_MIN_PROBABILITY), and a name that starts with a word is not taken (`伯伯|关爱`:
 * the pass's word check). Session 41 (pfr40) tried this at 0.3 and found nothing more on the PFR
 * folds; at the descriptor's 0.05 the folds gain one name (0.01: one more, and a false 文静些), the
 * fitted dev10 and dev11 four, and 1,000 fresh rmrb-web articles one (`老伴某某某`), none false once
 * an adverb after the kin word (`比亲儿子都好`: 都 is a surname too) ends the slot. Nor is a span
 * that holds a word of the dictionaries (`妹妹文静些`: 文静, "quiet"; person-noun-before.ts), which
 * the pass's own check, asking the model's short lexicon, let through on days 1–20.
 */
export const KIN_SLOT_MIN_PROBABILITY = 0.05;

/** Whether a kin word ends at `at` and what follows it is no adverb (儿子|都好, 哥哥|也是). */
export function kinSlotAt(chars: readonly string[], at: number): boolean {
  return kinWordEndsAt(chars, at) && !NAME_FOLLOWING_ADVERBS.includes(chars[at] ?? "");
}

/** The lengths of a name after the kin word that hold no word (`文静|些`, nameHoldsWord). */
export function kinSlotLengths(
  chars: readonly string[],
  at: number,
  lengths: readonly number[],
  isWord: (w: string) => boolean,
): number[] {
  return lengths.filter((length) => !nameHoldsWord(chars, at, at + length, isWord));
}

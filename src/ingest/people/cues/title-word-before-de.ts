import type { TaggedText } from "../mentions";
import { titleEndingAt } from "./title-phrase";

/**
 * A common two-character verb right after a title and right before 的 (`总书记关心的事`): the title
 * cue reads the verb as a name (关 is a surname), but a verb between a title and 的 is what the
 * title's holder did, not a second person. The caller passes CC-CEDICT's common words whose first
 * sense is a verb (`verbs`, persons left out): a name there (`书记王强的讲话`) is none, and nor is
 * a transliterated name that is also a noun (`部长沙龙的建议`: 沙龙, a salon, is Sharon on PFR day 6).
 * Found in audit 6 (issue 14): 关心 (来时, no dictionary word, is left).
 * Credits and names the model knows stay.
 */
export const WORD_LENGTH = 2;
/** The particle after the word. */
export const AFTER = "的";

/** Whether [start, end) is such a word where it stands. */
export function isWordBetweenTitleAndDe(
  chars: readonly string[],
  start: number,
  end: number,
  isCommonWord: (w: string) => boolean,
  places: ReadonlySet<string>,
): boolean {
  if (end - start !== WORD_LENGTH || chars[end] !== AFTER) return false;
  if (!isCommonWord(chars.slice(start, end).join(""))) return false;
  return titleEndingAt(chars, start, places) !== null;
}

/** Drops such mentions, and the name at its other mentions only if it is printed so everywhere. */
export function dropWordsBetweenTitleAndDe(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  isCommonWord: (w: string) => boolean,
  places: ReadonlySet<string>,
): void {
  for (const t of tagged)
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        knownNames.has(m.name) ||
        !isWordBetweenTitleAndDe(t.chars, m.start, m.end, isCommonWord, places),
    );
}

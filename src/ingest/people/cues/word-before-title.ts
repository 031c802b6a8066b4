import type { Mention } from "../mentions";

/**
 * Whether a title right after a mention (`title`, as titleAfter read it) vouches for it as a name
 * (support.ts). It does, except when the mention is a word of the reference dictionary that must
 * have a cue (cues/dictionary-word-name.ts) and reads as the title's unit, not its holder:
 *
 * - a place's, a party's or an organisation's name of the dictionary (proper nouns: `国大党主席`,
 *   `苏维埃副主席`, `欧佩克成员`): such a name before a title is where the title is held;
 * - a common word whose title is followed at once by another mention, the holder (`公社书记王某`):
 *   a name does not stand between a unit's title and its holder's name. A common word that is
 *   someone's name (`汪洋主席`, the title and then a verb) still passes.
 *
 * Such a word still passes on any other cue (a title before it, a speech verb, a list, a credit).
 * Folds (session 40, pfr32): 欧佩克, 苏维埃, 公社 went, no true name lost.
 */
export function titleAfterVouches(
  m: Mention,
  title: string | null,
  others: readonly Mention[],
  /** null when the mention is no dictionary word (every title vouches then). */
  word: { isProperNoun: (name: string) => boolean } | null,
): boolean {
  if (title === null) return false;
  if (word === null) return true;
  if (word.isProperNoun(m.name)) return false;
  const titleEnd = m.end + title.length;
  return !others.some((o) => o !== m && o.start === titleEnd);
}

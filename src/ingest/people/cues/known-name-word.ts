import type { ReferenceLexicon } from "../reference-lexicon";

/**
 * A name the model knows that is also a common word (`翩翩`, `杨梅`, `高远`): the tagger's month
 * held a person of that name, so the model's list of known names holds it, and support.ts took the
 * list as enough to keep any mention of it. In modern text such a name is far more often the word
 * (`情意翩翩`, a fruit in a line of verse) than a person. A known name vouches for itself only where
 * the reference dictionary does not read it whole as a common word (CC-CEDICT's common words of a
 * name's length, `shortWords`), or where the dictionary lists it as a person too; otherwise it needs
 * a cue around one of its mentions like any dictionary word (cues/dictionary-word-name.ts: a title,
 * a speech verb, a list of names, a credit).
 */
export function knownNameVouches(
  name: string,
  knownNames: ReadonlySet<string>,
  lexicon: Pick<ReferenceLexicon, "shortWords" | "persons">,
): boolean {
  if (!knownNames.has(name)) return false;
  return !lexicon.shortWords.has(name) || lexicon.persons.has(name);
}

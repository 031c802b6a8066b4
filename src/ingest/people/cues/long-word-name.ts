import type { TaggedText } from "../mentions";

/**
 * A "name" that is a whole long common entry of the reference dictionary (CC-CEDICT, reference-
 * lexicon.ts' `longWords` that are not `properNouns`: four characters or more, lower-case pinyin): a
 * drug (`阿莫西林`, amoxicillin) or an idiom (`国泰民安`), never a person. Proper nouns are left
 * alone: CEDICT lists some persons with no life's years (`卢卡申科`, `萨达姆·侯赛因`), which
 * reference-lexicon.ts cannot tell from a place. The dictionary's short words (two and three characters)
 * meet names by chance (张罗) and need a cue instead (dictionary-word-name.ts); a four-character
 * entry that is also a person's name is listed as a person and so is not in `longWords`.
 * Found in audit 6 (issue 14): 阿莫西林 in a list of drugs. Credits and names the model knows stay.
 */
export const MIN_LONG_WORD_NAME_LENGTH = 4;

/** Whether the mention's text is a whole long common word of the dictionary. */
export function isLongDictionaryWord(
  name: string,
  longWords: ReadonlySet<string>,
  properNouns: ReadonlySet<string>,
): boolean {
  return Array.from(name).length >= MIN_LONG_WORD_NAME_LENGTH && longWords.has(name) && !properNouns.has(name);
}

/** Drops such mentions, but a credit's and a name the model knows. */
export function dropLongWordNames(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  longWords: ReadonlySet<string>,
  properNouns: ReadonlySet<string>,
): void {
  for (const t of tagged)
    t.mentions = t.mentions.filter(
      (m) => m.source === "credit" || knownNames.has(m.name) || !isLongDictionaryWord(m.name, longWords, properNouns),
    );
}

import type { ReferenceLexicon } from "../reference-lexicon";

/**
 * A "name" that is a common word of the reference dictionary (`张罗` in 他张罗成立合作社, `罗汉果`,
 * `惠民` of 惠民直通车): the tagger, trained on 1998 text, is sometimes sure of such a word in modern
 * text (罗汉果 1.00), and says so again at each mention. Such a name needs a cue around one of its
 * mentions (a title, a speech verb, a list of names, a credit: support.ts); the tagger's confidence
 * and a second mention do not vouch for it. Words that are also persons of the dictionary, and the
 * model's known names, are not asked (the caller's guard); a name that is also a word and stands in
 * a name's slot (`汪洋主持`, `村民 马科`) keeps its cue. The words are CC-CEDICT's entries of a
 * name's length with lower-case pinyin (reference-lexicon.ts).
 * Audit of 150 unselected rmrb-web articles (scripts/people/README.md, session 32 second part).
 */
export function isDictionaryWordName(name: string, lexicon: Pick<ReferenceLexicon, "shortWords" | "persons">): boolean {
  return lexicon.shortWords.has(name) && !lexicon.persons.has(name);
}

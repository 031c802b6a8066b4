import type { ReferenceLexicon } from "../reference-lexicon";

/**
 * A "name" that the reference dictionary reads whole as something else: a common word (`张罗` in
 * 他又张罗着办起了合作社, `罗汉果`) or a place, an organisation or a work (`邵东` after 湖南, `吴江`
 * after 苏州). The tagger, trained on 1998 text, is sometimes sure of such a word in modern text
 * (罗汉果 1.00) and says so again at each mention. Such a name needs a cue around one of its mentions
 * (a title, a speech verb, a list of names, a credit: support.ts); the tagger's confidence and a
 * second mention do not vouch for it. Words that are also persons of the dictionary (沙龙), and the
 * model's known names (the caller's guard), are not asked; a name that is also a word and stands in a
 * name's slot (`汪洋主持会议`, `村民 马科`) keeps its cue. The entries are CC-CEDICT's: common words of a
 * name's length (lower-case pinyin) and proper nouns (reference-lexicon.ts). Audit of 150 unselected
 * rmrb-web articles (scripts/people/README.md, session 32 second part): 7 of 36 false names go, no
 * true one; PFR days 1–20 unchanged with the work-owner cue (work-owner.ts).
 */
export function isDictionaryWordName(
  name: string,
  lexicon: Pick<ReferenceLexicon, "shortWords" | "properNouns" | "persons">,
): boolean {
  return (lexicon.shortWords.has(name) || lexicon.properNouns.has(name)) && !lexicon.persons.has(name);
}

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
 *
 * Session 34 (rmrb28, audit4): two more shapes of the same kind need a cue. A common word with a
 * place word after it (`胡同里`, `井边`: `LOCATIVE_SUFFIXES`), which the tagger reads as a three-
 * character name; and a common word that the dictionary also lists as a person (`张扬`: to make
 * public, and a film director; `personWords`), which used to pass as a person: in
 * 与新一代青年人张扬个性 the tagger was 0.95 sure of it, and nothing in the article speaks of a person.
 * A real person of that name has a cue somewhere (a title, a speech verb, a list of names).
 */
export function isDictionaryWordName(
  name: string,
  lexicon: Pick<ReferenceLexicon, "shortWords" | "properNouns" | "persons" | "personWords">,
): boolean {
  if (lexicon.personWords.has(name)) return true;
  if ((lexicon.shortWords.has(name) || lexicon.properNouns.has(name)) && !lexicon.persons.has(name)) return true;
  return isWordWithLocative(name, lexicon) || isWordWithAdverb(name, lexicon);
}

/**
 * Place words (postpositions) that follow a noun: 里 (in), 上 (on), 边 (beside), 旁, 外, 内, 下. A name
 * that ends in one of them and whose first characters are a common word of two characters or more
 * (`胡同|里`) reads as the word and its place, not as a surname and a given name.
 */
export const LOCATIVE_SUFFIXES = "里上边旁外内下";

function isWordWithLocative(name: string, lexicon: Pick<ReferenceLexicon, "shortWords" | "persons">): boolean {
  const chars = Array.from(name);
  if (chars.length < 3 || !LOCATIVE_SUFFIXES.includes(chars.at(-1)!)) return false;
  const word = chars.slice(0, -1).join("");
  return lexicon.shortWords.has(word) && !lexicon.persons.has(word);
}

/**
 * Adverbs that open a predicate right after its subject: 刚 (just), 才, 就, 都, 也, 又, 还, 已, 正, 便.
 * A name that ends in one of them and whose first characters are a word or a proper noun of the
 * dictionary (`谷雨|刚过`, audit5) reads as that word and the adverb of the verb after it.
 */
export const PREDICATE_ADVERBS = "刚才就都也又还已正便";

function isWordWithAdverb(
  name: string,
  lexicon: Pick<ReferenceLexicon, "shortWords" | "properNouns" | "persons">,
): boolean {
  const chars = Array.from(name);
  if (chars.length < 3 || !PREDICATE_ADVERBS.includes(chars.at(-1)!)) return false;
  const word = chars.slice(0, -1).join("");
  return (lexicon.shortWords.has(word) || lexicon.properNouns.has(word)) && !lexicon.persons.has(word);
}

import type { TaggedText } from "./mentions";
import { cutsAcrossWord } from "./cues/dictionary-word-cut";
import { startsProperNoun } from "./cues/proper-noun-name";
import type { ReferenceLexicon } from "./reference-lexicon";

/**
 * Drops the mentions that the reference dictionary reads as pieces of something else: cut across a
 * long word or idiom (cues/dictionary-word-cut.ts), or the start of a place's or a work's name printed
 * whole (cues/proper-noun-name.ts). Credits stay (the credit line said what they are), and so do
 * names the model knows and persons of the dictionary.
 */
export function dropDictionaryPieces(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  lexicon: ReferenceLexicon,
): void {
  const isName = (text: string) => knownNames.has(text) || lexicon.persons.has(text);
  for (const t of tagged) {
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        knownNames.has(m.name) ||
        !(
          // a person of the dictionary may give a work its name (《孙子兵法》), never cut across a word
          (!lexicon.persons.has(m.name) && cutsAcrossWord(t.chars, m.start, m.end, lexicon.longWords, isName)) ||
          startsProperNoun(t.chars, m.start, m.end, lexicon.properNouns)
        ),
    );
  }
}

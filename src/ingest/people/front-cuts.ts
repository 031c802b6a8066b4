import { endsInDeputyMark } from "./cues/deputy-mark-tail";
import { cutsShortWordAtFront } from "./cues/short-word-cut-front";
import { personNounEndingAt } from "./cues/person-noun-before";
import { titleEndingAt } from "./cues/title-phrase";
import { dateEndsAt } from "./cues/date-end";
import type { TaggedText } from "./mentions";
import type { ReferenceLexicon } from "./reference-lexicon";
import type { Lexicons } from "./tagger/lexicons";

/**
 * The tagger's names read across the words around them (session 37, `pfr23`): a short common word
 * closed by the name's first character (`启|程赴京`:
 * cues/short-word-cut-front.ts), and a name ending in the deputy mark of the title after it
 * (`张副|主任`: cues/deputy-mark-tail.ts). Credits, bylines, known names and the dictionary's
 * persons stay.
 */
export function dropFrontCuts(
  tagged: readonly TaggedText[],
  lexicons: Pick<Lexicons, "names" | "places" | "words">,
  lexicon: ReferenceLexicon,
): void {
  const isName = (text: string) => lexicons.names.has(text) || lexicon.persons.has(text);
  const isCommonWord = (w: string) => lexicon.shortWords.has(w);
  const isWord = (w: string) => lexicons.words.has(w) || lexicon.shortWords.has(w);
  for (const t of tagged) {
    // a title or a person word ends before the name (检察长|高某某): the name's front is its own
    const endsTitleAt = (at: number) =>
      titleEndingAt(t.chars, at, lexicons.places) !== null ||
      personNounEndingAt(t.chars, at, isWord) !== null ||
      dateEndsAt(t.chars, at);
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        m.source === "byline" ||
        isName(m.name) ||
        !(
          endsInDeputyMark(t.chars, m.start, m.end) ||
          cutsShortWordAtFront(t.chars, m.start, m.end, isCommonWord, isName, endsTitleAt)
        ),
    );
  }
}

import { SINGLE_SURNAMES } from "@/text/surnames";
import { TRANSLITERATION_CPS } from "./tagger/transliteration-chars";
import { isPlacePieceAt } from "./cues/place-piece";
import { isSurnameAndTitle } from "./cues/surname-title";
import { endBeforeWordAcross } from "./cues/word-across-name-end";
import type { TaggedText } from "./mentions";
import type { ReferenceLexicon } from "./reference-lexicon";
import type { TaggerModel } from "./tagger/tagger-model";

/**
 * Pieces of something else read as names (audit 7, scripts/people/README.md session 36): a place's
 * front (place-piece.ts: 小军|山收费站, 浙江|乌镇), a surname and a title (surname-title.ts: 张院长),
 * and a name run on into a word (word-across-name-end.ts: 张阳流|毒 → 张阳; a surname that is no
 * transliteration character: 苏纳尔|等 stays). Credits and bylines stay;
 * the place pieces are dropped for known names too (小军 and 科尔 are names the model knows), the cut
 * only for names neither the model nor the dictionary knows.
 */
export function dropNamePieces(
  tagged: readonly TaggedText[],
  lexicons: TaggerModel["lexicons"],
  reference: ReferenceLexicon,
): void {
  const isSurname = (c: string) => SINGLE_SURNAMES.has(c);
  // a surname that is also a transliteration character may lead a foreign name (苏纳尔|等: 尔等 is a word)
  const isChineseSurname = (c: string) => isSurname(c) && !TRANSLITERATION_CPS.has(c.codePointAt(0)!);
  const isPlace = (w: string) => lexicons.places.has(w);
  const isProperNoun = (w: string) => reference.properNouns.has(w);
  const isCommonWord = (w: string) => reference.shortWords.has(w);
  // a name printed as a place's front at any of its occurrences (浙江乌镇) is that place at the others too
  const names = new Set(
    tagged.flatMap((t) => t.mentions.filter((m) => m.source !== "credit" && m.source !== "byline").map((m) => m.name)),
  );
  const places = new Set<string>();
  for (const name of names) {
    const word = Array.from(name);
    const found = tagged.some(({ chars }) =>
      occurrences(chars, word).some((i) => isPlacePieceAt(chars, i, i + word.length, isPlace, isProperNoun)),
    );
    if (found) places.add(name);
  }
  for (const t of tagged) {
    t.mentions = t.mentions.filter(
      (m) =>
        m.source === "credit" ||
        m.source === "byline" ||
        (!places.has(m.name) && !isSurnameAndTitle(m.name, isSurname)),
    );
  }
  // the cut is read only for a name that runs into the word at every occurrence (李保国 said elsewhere stays)
  const runOn = (chars: readonly string[], start: number, end: number) =>
    endBeforeWordAcross(chars, start, end, isChineseSurname, isCommonWord);
  const free = new Set<string>();
  for (const name of names) {
    const word = Array.from(name);
    const isFree = tagged.some(({ chars }) =>
      occurrences(chars, word).some((i) => runOn(chars, i, i + word.length) === null),
    );
    if (isFree) free.add(name);
  }
  for (const t of tagged) {
    for (const m of t.mentions) {
      if (m.source !== "tagger" || free.has(m.name)) continue;
      if (lexicons.names.has(m.name) || reference.persons.has(m.name)) continue;
      const end = runOn(t.chars, m.start, m.end);
      if (end === null) continue;
      m.end = end;
      m.name = t.chars.slice(m.start, end).join("");
    }
  }
}

/**
 * The positions of `chars` (dense, as every text's characters are) where `word` stands, in order:
 * the first character compared before the rest (the scan of every position compared the whole word).
 * An empty word stands at every position.
 */
export function occurrences(chars: readonly string[], word: readonly string[]): number[] {
  const out: number[] = [];
  const first = word[0];
  for (let i = 0; i < chars.length; i++) {
    if (first !== undefined && chars[i] !== first) continue;
    if (word.every((c, k) => chars[i + k] === c)) out.push(i);
  }
  return out;
}

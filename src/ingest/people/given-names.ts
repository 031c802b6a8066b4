import { SINGLE_SURNAMES } from "@/text/surnames";
import { isBoundaryChar } from "./cues/boundaries";
import { FUNCTION_SURNAMES } from "./cues/name-edges";
import { opensInvitation } from "./cues/leading-clause-word";
import { addMention, type TaggedText } from "./mentions";

/**
 * A given name used alone for someone the article names in full (`吕晓光是一名种植户。… 晓光说`):
 * the same person. Two slips are mended first and the mentions are then tied together:
 * - a given name found alone, written after a surname elsewhere, makes that the full name, even
 *   where the tagger cut it (吕晓|光 → 吕晓光);
 * - a full name's given name is a mention wherever it stands alone, unless it is a common word
 *   (周文明 … 文明 is a word, not a person) or follows another surname (张晓光 is someone else).
 * Returns each given name that stands for exactly one full name, mapped to it.
 */
/** Full names this pass reads: a single-character surname and a two-character given name. */
export const FULL_NAME_LENGTH = 3;

const isSurname = (ch: string | undefined) =>
  ch !== undefined && SINGLE_SURNAMES.has(ch) && !FUNCTION_SURNAMES.includes(ch);

export function tieGivenNames(texts: readonly TaggedText[], isWord: (text: string) => boolean): Map<string, string> {
  const givenAlone = new Set(
    texts.flatMap((t) => t.mentions.filter((m) => m.end - m.start === 2 && !isWord(m.name)).map((m) => m.name)),
  );
  texts.forEach((tagged, index) => {
    const text = tagged.chars.join("");
    for (const given of givenAlone) {
      for (const at of occurrences(tagged.chars, text, given)) {
        const start = at - 1;
        if (!isSurname(tagged.chars[start]) || !isBoundaryChar(tagged.chars[start - 1])) continue;
        // 应 opening an invitation (`，应温多总统邀请`) is no surname: cues/leading-clause-word.ts
        if (opensInvitation(tagged.chars, start, at + 2)) continue;
        if (tagged.mentions.some((m) => m.start === start && m.end === at + 2)) continue;
        // the surname is the last character of a credit's other name (`（向宁翠玉）`: 向宁, 翠玉)
        if (tagged.mentions.some((m) => m.source === "credit" && m.start < start && m.end === at)) continue;
        tagged.mentions = tagged.mentions.filter((m) => !(m.start < at + 2 && start < m.end));
        addMention(tagged, { text: index, start, end: at + 2, source: "repeat" });
      }
    }
  });
  const fullNames = new Map<string, Set<string>>();
  for (const m of texts.flatMap((t) => t.mentions)) {
    const chars = Array.from(m.name);
    if (chars.length !== FULL_NAME_LENGTH || !isSurname(chars[0])) continue;
    const given = chars.slice(1).join("");
    if (isWord(given)) continue;
    fullNames.set(given, (fullNames.get(given) ?? new Set()).add(m.name));
  }
  texts.forEach((tagged, index) => {
    const text = tagged.chars.join("");
    for (const given of fullNames.keys()) {
      for (const at of occurrences(tagged.chars, text, given)) {
        if (isSurname(tagged.chars[at - 1])) continue;
        addMention(tagged, { text: index, start: at, end: at + 2, source: "repeat" });
      }
    }
  });
  const aliases = new Map<string, string>();
  for (const [given, full] of fullNames) if (full.size === 1) aliases.set(given, [...full][0]!);
  return aliases;
}

/** Where `word` (two characters) occurs in `chars` (whose text is `text`: most texts hold no given word, and say so fast). */
function occurrences(chars: readonly string[], text: string, word: string): number[] {
  const found: number[] = [];
  if (!text.includes(word)) return found;
  const [a, b] = Array.from(word);
  for (let i = 0; i + 1 < chars.length; i++) if (chars[i] === a && chars[i + 1] === b) found.push(i);
  return found;
}

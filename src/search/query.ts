import { foldText } from "./fold/fold";
import { isWordCodePoint, queryGrams, runsOf } from "./tokenize";

/**
 * A search query as the engine reads it: words separated by whitespace, each of which must occur.
 * Each word is folded like the index; punctuation at its edges is dropped (a pasted “乡村振兴” finds
 * 乡村振兴), punctuation inside it must match. A word with no letter or digit is ignored, so a
 * query of punctuation and spaces only has no words and finds nothing.
 */
export interface QueryWord {
  /** Folded text that must occur in the document. */
  text: string;
  /** Grams every occurrence has: their postings intersected give the candidates. */
  grams: string[];
  /** One gram that is the whole word: its posting list is the answer, no text check needed. */
  exact: boolean;
  /** Latin letters only: the word can also name a person by pinyin or initials (`lsy`). */
  personKey: string | null;
}

export interface ParsedQuery {
  words: QueryWord[];
}

/** Shortest pinyin key looked up: one letter would match a fifth of all names by initial. */
const MIN_PERSON_KEY_LENGTH = 2;

export function parseQuery(raw: string): ParsedQuery {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const piece of raw.split(/\s+/u)) {
    const text = trimNonWord(foldText(piece));
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    const grams = queryGrams(text);
    const runs = runsOf(text);
    const exact = runs.length === 1 && runs[0]!.length <= 2 && Array.from(text).length === runs[0]!.length;
    const personKey = /^[a-zü]+$/u.test(text) && text.length >= MIN_PERSON_KEY_LENGTH ? text : null;
    words.push({ text, grams, exact, personKey });
  }
  return { words };
}

function trimNonWord(text: string): string {
  const chars = Array.from(text);
  let a = 0;
  let b = chars.length;
  while (a < b && !isWordCodePoint(chars[a]!.codePointAt(0)!)) a++;
  while (b > a && !isWordCodePoint(chars[b - 1]!.codePointAt(0)!)) b--;
  return chars.slice(a, b).join("");
}

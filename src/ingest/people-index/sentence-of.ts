import { findSpacedName } from "@/text/spaced-name";

/**
 * The sentence of an article that mentions a name, for the person page: the first sentence (split
 * after 。！？；) of the first text that contains the name, and where each occurrence of the name
 * stands in it. Texts are searched in reading order: title, subtitles, paragraphs, caption, byline;
 * a name found in them is as printed, with any spaces between its characters (`于 洋` for 于洋).
 */
export interface SentenceHit {
  sentence: string;
  highlights: [number, number][];
}

/** A sentence longer than this is cut around the name, with an ellipsis. */
export const MAX_SENTENCE_LENGTH = 120;
/** Characters kept before the name when a long sentence is cut. */
export const CONTEXT_BEFORE = 40;

export function sentenceOf(texts: readonly string[], name: string): SentenceHit | null {
  for (const text of texts) {
    const found = findSpacedName(text, name);
    if (found === null) continue;
    const start = lastBoundaryBefore(text, found[0]);
    const end = firstBoundaryAfter(text, found[1]);
    let sentence = text.slice(start, end).trim();
    if (sentence.length > MAX_SENTENCE_LENGTH) {
      const local = findSpacedName(sentence, name)![0];
      const from = Math.max(0, local - CONTEXT_BEFORE);
      const cut = sentence.slice(from, from + MAX_SENTENCE_LENGTH);
      sentence = `${from > 0 ? "…" : ""}${cut}${from + MAX_SENTENCE_LENGTH < sentence.length ? "…" : ""}`;
    }
    return { sentence, highlights: occurrences(sentence, name) };
  }
  return null;
}

const BOUNDARY = /[。！？；!?;]/u;

function lastBoundaryBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (BOUNDARY.test(text[i]!)) return i + 1;
  return 0;
}

function firstBoundaryAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (BOUNDARY.test(text[i]!)) {
      // keep closing quotes and brackets with the sentence
      let end = i + 1;
      while (end < text.length && /[”’」』）)]/u.test(text[end]!)) end++;
      return end;
    }
  }
  return text.length;
}

function occurrences(text: string, name: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = findSpacedName(text, name); at !== null; at = findSpacedName(text, name, at[1])) found.push(at);
  return found;
}

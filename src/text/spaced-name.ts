import { isSpaceCode } from "./char-class";

/**
 * Where a name stands in text as printed, which may put spaces between its characters: a
 * two-character name padded to the width of three in a byline (`本报记者 于\u00a0洋`, `张\u3000枨`).
 * People are read from the text with those spaces removed (`collapseSpaces`), so the name they give
 * (`于洋`) is found here with them; the match is the printed stretch, spaces and all.
 */

/** Most spaces read as padding between two characters of one name (bylines pad with one to three). */
export const MAX_NAME_GAP = 3;

/** Where the name ends when it starts at `at` (spaces between its characters allowed), or -1. */
export function spacedNameEnd(text: string, at: number, name: string): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    if (k > 0) {
      let gap = 0;
      while (gap < MAX_NAME_GAP && i < text.length && isSpaceCode(text.charCodeAt(i))) {
        i++;
        gap++;
      }
      // a surrogate pair is one character: no space goes inside it
      if (gap > 0 && isLowSurrogate(name.charCodeAt(k))) return -1;
    }
    if (text.charCodeAt(i) !== name.charCodeAt(k)) return -1;
    i++;
  }
  return i;
}

/** The first stretch from `from` on that prints the name (`[start, end)`), or null. */
export function findSpacedName(text: string, name: string, from = 0): [number, number] | null {
  if (name.length === 0) return null;
  for (let at = text.indexOf(name[0]!, from); at >= 0; at = text.indexOf(name[0]!, at + 1)) {
    const end = spacedNameEnd(text, at, name);
    if (end >= 0) return [at, end];
  }
  return null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

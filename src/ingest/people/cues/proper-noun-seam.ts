/**
 * A three-character "name" across the seam of two proper nouns written together (`黄冈武穴`: the
 * tagger reads 黄冈武 and leaves 穴): its first two characters are a proper noun (a city, a county)
 * and its last character opens another with the character after it. A person's given name rarely
 * starts a proper noun with what follows it while the surname and the first given character make
 * one; the whole name must not be a known name (the caller's check).
 */
/** The names this looks at: a single surname and a two-character given name. */
export const SEAM_NAME_LENGTH = 3;
/** The proper noun at each side of the seam: two characters (黄冈, 武穴). */
export const SEAM_NOUN_LENGTH = 2;

/** Whether [start, end) is such a name; `isProperNoun` knows places and other proper nouns. */
export function crossesProperNounSeam(
  chars: readonly string[],
  start: number,
  end: number,
  isProperNoun: (w: string) => boolean,
): boolean {
  if (end - start !== SEAM_NAME_LENGTH || end + SEAM_NOUN_LENGTH - 1 > chars.length) return false;
  const head = chars.slice(start, start + SEAM_NOUN_LENGTH).join("");
  const tail = chars.slice(end - 1, end - 1 + SEAM_NOUN_LENGTH).join("");
  return isProperNoun(head) && isProperNoun(tail);
}

/**
 * A "name" that is the start of a place's, an organisation's or a work's name printed whole right
 * there (`欧安|组织`, `《孙子|兵法》`, `《费加罗|报》`) is a piece of that name, not a person. The
 * proper nouns are CC-CEDICT's entries with capitalised pinyin whose definition does not read as a
 * person (reference-lexicon.ts). With `WHOLE_PROPER_NOUN` a name that is such an entry itself
 * (`科托努`, `波尔多`) goes too. The caller exempts credits and known names.
 */
/** Longest proper noun looked for from the name's start. */
export const MAX_PROPER_NOUN_LENGTH = 8;
/** Whether a name that is exactly a proper noun of the dictionary is dropped as well. */
export const WHOLE_PROPER_NOUN = false;

export function startsProperNoun(
  chars: readonly string[],
  start: number,
  end: number,
  properNouns: ReadonlySet<string>,
): boolean {
  const last = Math.min(chars.length, start + MAX_PROPER_NOUN_LENGTH);
  for (let to = WHOLE_PROPER_NOUN ? end : end + 1; to <= last; to++) {
    if (properNouns.has(chars.slice(start, to).join(""))) return true;
  }
  return false;
}

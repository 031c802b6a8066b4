/**
 * A dynasty's or a state's name (`夏商王朝`-like pairs of dynasties, `某某帝国`, `某某王国`): the
 * retrained tagger (session 42) read a pair of dynasties with 王朝 as one four-character name. A mention
 * that ends in one of these words, with a name of at least two characters before it, is a state, not a
 * person; it is dropped wherever the article prints it. No name of the PFR month (days 1–20) ends in one.
 */
/** The words that close a dynasty's or a state's name. */
export const STATE_WORDS = ["王朝", "帝国", "王国"] as const;
/** Characters before the state word: two at least (`王朝` alone is a word, no name). */
export const MIN_STATE_NAME = 2;

/** Whether `name` ends with a state word after at least `MIN_STATE_NAME` characters (`青川王朝`). */
export function isStateName(name: string): boolean {
  const chars = Array.from(name);
  return STATE_WORDS.some((w) => chars.length >= MIN_STATE_NAME + w.length && name.endsWith(w));
}

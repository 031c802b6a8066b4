/**
 * A cup or prize named after a person (`捧得李宁杯`, `获马可·波罗奖`): the tagger reads the namesake
 * with the cup's or prize's word as one name. A mention that ends in 杯 or 奖 with a name of at least
 * two characters before it is the cup's or the prize's name, not a person; it is dropped wherever the
 * article prints it. No name of the PFR month (days 1–20) ends in either character. Found on the
 * four folds (session 41): 李宁杯, 马可·波罗奖.
 */
/** The words that close a cup's or a prize's name. */
export const PRIZE_WORDS = "杯奖";
/** A namesake before the prize word: two characters at least (`金杯`, `大奖` are words). */
export const MIN_NAMESAKE = 2;

/** Whether the mention `start`…`end` ends with a prize word after a namesake (`李宁杯`). */
export function isPrizeName(chars: readonly string[], start: number, end: number): boolean {
  return end - start >= MIN_NAMESAKE + 1 && PRIZE_WORDS.includes(chars[end - 1]!);
}

import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";

/**
 * How common a name's surname is, for choosing between readings of names run together in a credit
 * (`（王彦田周亮）`: 王彦田|周亮 or 王彦|田周亮; `（徐勤王荣志）`: 徐勤|王荣志 or 徐勤王|荣志). The
 * tagger alone picks the wrong one where a given name's last character is itself a surname; a
 * reader picks the reading whose names start with the commoner surnames. The single-character
 * surnames are listed in order of frequency (王 李 张 刘 陈 …), so a surname's place in the list is
 * its rank; a character not listed ranks last.
 */
const RANK = new Map([...SINGLE_SURNAMES].map((s, i) => [s, i]));
const LAST_RANK = SINGLE_SURNAMES.size;
/** The compound surnames (欧阳, 司马 …) together about as common as a single surname of this rank. */
export const COMPOUND_RANK = 100;

/** log(rank + 1) of the name's surname: 0 for 王, about 2.3 for 周, 5.6 for a surname ranked 270th. */
export function surnameRarity(name: string): number {
  const first = Array.from(name)[0] ?? "";
  const twoChars = Array.from(name).slice(0, 2).join("");
  const rank = COMPOUND_SURNAMES.has(twoChars) ? COMPOUND_RANK : (RANK.get(first) ?? LAST_RANK);
  return Math.log(rank + 1);
}

/**
 * The weight of the surnames' rarity against the tagger's mean log probability of a reading's names.
 * Readings of credit runs with more than one reading, against the gold (days 16–20, model of days
 * 1–15: 8 runs; days 1–15: 21): the tagger alone 6/8 and 21/21, rarity alone 6/8 and 20/21; with
 * the weight 0.5–1 7/8, 1.5 and 2 8/8, every weight 21/21.
 */
export const SURNAME_RARITY_WEIGHT = 1.5;

/** A reading's score: the tagger's mean log probability of its names less their mean surname rarity, weighed. */
export function creditReadingScore(names: readonly string[], logProbabilities: readonly number[]): number {
  let score = 0;
  names.forEach((name, i) => {
    score += logProbabilities[i]! - SURNAME_RARITY_WEIGHT * surnameRarity(name);
  });
  return score / names.length;
}

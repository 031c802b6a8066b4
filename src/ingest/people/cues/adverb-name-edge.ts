import { NAME_FOLLOWING_ADVERBS } from "./soldier-descriptors";
/**
 * The length of a name after a soldier's or a young person's word (soldier-descriptors.ts) where an
 * adverb that opens the predicate follows (`小伙邱立新常去`): the name ends right before the adverb.
 * In a sentence among others the tagger can like a shorter name better (`邱立|新常去`, its 0.99 against
 * 0.004), leaving one character between the name and the adverb that belongs to neither; the slot
 * then takes the length that reaches the adverb, if the tagger gives it at least
 * `ADVERB_EDGE_MIN_PROBABILITY` and the character left over is no adverb itself (`王刚也常去` is 王刚).
 */

/** The least probability the tagger must give the name that reaches the adverb. */
export const ADVERB_EDGE_MIN_PROBABILITY = 0.001;

/** The slot's length that ends right before an adverb where a shorter one is likelier, or null. */
export function lengthBeforeAdverb(
  chars: readonly string[],
  start: number,
  lengths: readonly number[],
  probability: (length: number) => number,
): number | null {
  const edge = Math.max(...lengths.filter((n) => NAME_FOLLOWING_ADVERBS.includes(chars[start + n] ?? "")));
  if (!Number.isFinite(edge) || probability(edge) < ADVERB_EDGE_MIN_PROBABILITY) return null;
  const shorter = lengths.filter((n) => n < edge);
  if (shorter.some((n) => NAME_FOLLOWING_ADVERBS.includes(chars[start + n] ?? ""))) return null;
  return shorter.some((n) => probability(n) > probability(edge)) ? edge : null;
}

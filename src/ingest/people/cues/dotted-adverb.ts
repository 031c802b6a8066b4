import { NAME_DOTS } from "./name-dots";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * An adverb that opens the predicate is glued to a dotted foreign name by the tagger: `迈克尔·瑞安也
 * 表示`, `阿玛波拉·格里哈尔瓦则指出` (an audit of rmrb-web and its fourth dev set). A transliterated name
 * does not end in such a character: none is in the transliteration table, and no dotted name of the
 * PFR month or of the rmrb-web gold ends in one. So a dotted name whose last character is one of
 * them, after a last part spelt in transliteration characters, loses that character.
 */
/** Adverbs that stand between a subject and its verb: 也 "also", 则 "while", 亦, 又, 还, 便, 即, 就, 都. */
export const PREDICATE_ADVERBS = "也则亦又还便即就都";
/**
 * Prepositions that open the predicate the same way (`…·特本向中国抗击疫情表示慰问`, audit4): none is
 * in the transliteration table, and no dotted name of the PFR month or of the rmrb-web gold ends in one.
 */
export const PREDICATE_PREPOSITIONS = "向对在将把被从与同为于给跟";
/** Characters the last part must keep, in transliteration characters, once the adverb is cut. */
export const MIN_LAST_PART_CHARS = 2;

/** How many characters to cut off the end of the mention [start, end): 1 for a glued adverb, or 0. */
export function trailingAdverb(chars: readonly string[], start: number, end: number): number {
  const last = chars[end - 1];
  if (last === undefined || !(PREDICATE_ADVERBS + PREDICATE_PREPOSITIONS).includes(last)) return 0;
  let dot = end - 2;
  while (dot > start && !NAME_DOTS.includes(chars[dot]!)) dot -= 1;
  if (dot <= start) return 0;
  const lastPart = chars.slice(dot + 1, end - 1);
  if (lastPart.length < MIN_LAST_PART_CHARS) return 0;
  return lastPart.every((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!)) ? 1 : 0;
}

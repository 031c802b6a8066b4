import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";

/**
 * A verb's first character glued to the end of a dotted foreign name by the tagger: `…·里瓦斯发|来贺电`
 * (发来 "send"), `…·甘地当|总理时` (当 "serve as"), both from the PFR folds. Neither character is in
 * the transliteration table, and no dotted name of the PFR month ends in one. So a dotted name whose
 * last character is one of them, after a last part spelt wholly in transliteration characters, and
 * with more of the sentence right after it (a Han character: the verb's object or its second
 * character), loses that character. Like `dotted-adverb.ts`, which cuts adverbs and prepositions.
 */
/** Verb characters that open the predicate after a subject: 发 (发来, 发表, 发出), 当 (当选, 当总理). */
export const GLUED_VERB_CHARS = "发当";
/**
 * Characters the last part must keep, all transliteration characters, once the verb is cut: 贝当
 * (Pétain, one spelt character before 当) stays whole.
 */
export const MIN_LAST_PART_CHARS = 2;
const DOTS = "·•・";
const isHan = (c: string | undefined) => c !== undefined && /^\p{Script=Han}$/u.test(c);

/** How many characters to cut off the end of the mention [start, end): 1 for a glued verb character, or 0. */
export function trailingVerbChar(chars: readonly string[], start: number, end: number): number {
  const last = chars[end - 1];
  if (last === undefined || !GLUED_VERB_CHARS.includes(last) || !isHan(chars[end])) return 0;
  let dot = end - 2;
  while (dot > start && !DOTS.includes(chars[dot]!)) dot -= 1;
  if (dot <= start) return 0;
  const lastPart = chars.slice(dot + 1, end - 1);
  if (lastPart.length < MIN_LAST_PART_CHARS) return 0;
  return lastPart.every((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!)) ? 1 : 0;
}

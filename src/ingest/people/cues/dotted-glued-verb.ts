import { NAME_DOTS } from "./name-dots";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { titleAfter } from "./title-phrase";

/**
 * A verb's first character glued to the end of a dotted foreign name by the tagger: `…·里瓦斯发|来贺电`
 * (发来 "send"), `…·甘地当|总理时` (当 "serve as"), both from the PFR folds. Neither character is in
 * the transliteration table, and no dotted name of the PFR month ends in one. So a dotted name whose
 * last character is one of them, after a last part spelt in transliteration characters (but one:
 * 地 of 甘地), and with the verb's second character right after it (发来, 当天) or, for 当 "serve
 * as", a title (当总理), loses that character. 哈里发 (Khalifa) ends in 发: before 说 it stays whole. Like `dotted-adverb.ts`, which cuts adverbs and prepositions.
 */
/**
 * Verb characters that open the predicate after a subject, with the second characters of their
 * verbs: 发来, 发表, 发出, 发言, 发布, 发现, 发明; 当天, 当时, 当选, 当即, 当场, 当众.
 */
export const GLUED_VERB_WORDS: ReadonlyMap<string, string> = new Map([
  ["发", "来表出言布现明"],
  ["当", "天时选即场众"],
]);
/** The glued character that may also be a verb before a title (当总理). */
const SERVE_AS = "当";
/**
 * Characters the last part must keep once the verb is cut: 贝当 (Pétain, one character before 当)
 * stays whole.
 */
export const MIN_LAST_PART_CHARS = 2;
/** Characters of the last part outside the table it may have (地 of 甘地), as in `dotted-last-syllable.ts`. */
export const MAX_UNSPELT_CHARS = 1;

/** How many characters to cut off the end of the mention [start, end): 1 for a glued verb character, or 0. */
export function trailingVerbChar(chars: readonly string[], start: number, end: number): number {
  const last = chars[end - 1];
  const seconds = last === undefined ? undefined : GLUED_VERB_WORDS.get(last);
  if (seconds === undefined) return 0;
  const next = chars[end];
  const verb = (next !== undefined && seconds.includes(next)) || (last === SERVE_AS && titleAfter(chars, end) !== null);
  if (!verb) return 0;
  let dot = end - 2;
  while (dot > start && !NAME_DOTS.includes(chars[dot]!)) dot -= 1;
  if (dot <= start) return 0;
  const lastPart = chars.slice(dot + 1, end - 1);
  if (lastPart.length < MIN_LAST_PART_CHARS) return 0;
  const unspelt = lastPart.filter((c) => !TRANSLITERATION_CPS.has(c.codePointAt(0)!)).length;
  return unspelt <= MAX_UNSPELT_CHARS ? 1 : 0;
}

import { isHan } from "@/text/char-class";
import { overlaps, type TaggedText } from "../mentions";
import { startsNameSlot } from "./japanese-given-name";

/**
 * A Japanese name cut inside its family name (`会长菊|泽和之`): a two-character family name and a
 * two-character given name make four characters, and the tagger, whose month held few of them, keeps
 * the three that look like a Chinese name (a surname and two characters). The sentence shows the cut:
 * the three characters do not start where a name may (startsNameSlot: punctuation, a joining
 * character, a title, a descriptor), but one character earlier does, and that character is no
 * function character a name could follow (在, 是 …). Asked only in an article that speaks of Japan
 * (apply-cues.ts), the family name must be no known word or place, and the tagger must not rule the
 * four characters out (`JAPANESE_FAMILY_CUT_MIN_PROBABILITY`).
 */
/** The tagger's piece: one character of the family name and a two-character given name. */
export const CUT_PIECE_LENGTH = 3;
/** The characters of the family name before the piece. */
export const CUT_FAMILY_CHARS = 1;
/**
 * The four characters must be a reading the tagger does not rule out: a four-character name after a
 * title had 0.28 on the first reading of audit 8's case, but 0.008 on the second, where the piece is
 * one of the article's sure names;
 * japanese-given-name.ts's bar is 0.0001.
 */
export const JAPANESE_FAMILY_CUT_MIN_PROBABILITY = 0.001;
/** Function characters that may stand between a slot and a name (会长在|张小明, 主席是|李华): no family name. */
const FUNCTION_CHARS = "在是为于了着也都就还又已曾将把被对向从给和与及同跟的之等而并或由";

/** The start of the whole name when the piece [start, end) is a Japanese name cut in its family name, else null. */
export function cutFamilyStart(
  chars: readonly string[],
  start: number,
  end: number,
  isKnown: (word: string) => boolean,
): number | null {
  if (end - start !== CUT_PIECE_LENGTH) return null;
  const whole = start - CUT_FAMILY_CHARS;
  if (whole < 0 || !isHan(chars[whole]!) || FUNCTION_CHARS.includes(chars[whole]!)) return null;
  if (startsNameSlot(chars, start) || !startsNameSlot(chars, whole)) return null;
  const family = chars.slice(whole, start + 1).join("");
  if (isKnown(family) || isKnown(chars.slice(whole, end).join(""))) return null;
  return whole;
}

/** The tagger's pieces of Japanese names cut in the family name, given their whole name back (泽和之 → 菊泽和之). */
export function mendJapaneseFamilyCuts(tagged: TaggedText, isKnown: (word: string) => boolean): void {
  const { chars } = tagged;
  for (const m of tagged.mentions) {
    if (m.source !== "tagger") continue;
    const whole = cutFamilyStart(chars, m.start, m.end, isKnown);
    if (whole === null || overlaps(tagged.mentions, whole, m.start)) continue;
    if (tagged.scorer.spanProbability(whole, m.end) < JAPANESE_FAMILY_CUT_MIN_PROBABILITY) continue;
    m.start = whole;
    m.name = chars.slice(whole, m.end).join("");
  }
}

import { JAPANESE_GIVEN_NAME_ENDINGS } from "./japanese-given-name";
import { JAPANESE_FAMILY_NAMES } from "./japanese-name";

/**
 * A listed Japanese family name whose given name ends as Japanese given names do (中村|真衣, 田岛|宁子,
 * 奥山|由美): two cues agree, so the tagger may find the name far less likely than the family name's
 * floor (apply-cues.ts `JAPANESE_CUE_MIN_PROBABILITY`, 1e-6) asks. The fold models give such names
 * 1e-9 and less (中村真衣 2e-9 with the model of days 6–20), for their training month has few.
 * The article must still speak of Japan (asked before any Japanese cue), the name's edges are still
 * checked and known words and places still dropped (apply-cues.ts).
 */
export const JAPANESE_LISTED_ENDING_MIN_PROBABILITY = 1e-12;
/** The given name must have two characters or more: one (真, 衣) is too short to tell it by its end. */
export const MIN_ENDING_GIVEN_LENGTH = 2;
/** The longest listed family name (佐佐木, 中曾根); the others have two characters. */
const LONG_FAMILY_LENGTH = 3;
const SHORT_FAMILY_LENGTH = 2;

/** Whether the name `chars[start, start + length)` is a listed family name and a given name with a Japanese ending. */
export function hasListedFamilyAndJapaneseEnding(chars: readonly string[], start: number, length: number): boolean {
  const last = chars[start + length - 1];
  if (last === undefined || !JAPANESE_GIVEN_NAME_ENDINGS.has(last)) return false;
  const long = chars.slice(start, start + LONG_FAMILY_LENGTH).join("");
  const familyLength = JAPANESE_FAMILY_NAMES.has(long) ? LONG_FAMILY_LENGTH : SHORT_FAMILY_LENGTH;
  if (!JAPANESE_FAMILY_NAMES.has(chars.slice(start, start + familyLength).join(""))) return false;
  return length - familyLength >= MIN_ENDING_GIVEN_LENGTH;
}

import { ADMIN_LEVEL_CHARS, MAX_KNOWN_PLACE_LENGTH } from "./title-words";
import { DESCRIPTION_HEAD_WORDS } from "./description-words";

/**
 * Where someone is from is no description of what they are: `王小川，河北清河人，1980年出生` reads
 * 河北清河人 as a description by its last character 人. A phrase that is a place and 人 alone (not a
 * person noun ending so: 工人, 老人, 传承人) is the person's native place: it starts with a known place
 * (河北清河人) or its place ends with an admin level (清河县人).
 */
/** Shortest place before 人: two characters (清河人). */
export const MIN_NATIVE_PLACE_LENGTH = 2;

export function isNativePlace(phrase: string, places: ReadonlySet<string>): boolean {
  const chars = Array.from(phrase);
  if (chars.at(-1) !== "人" || chars.length - 1 < MIN_NATIVE_PLACE_LENGTH) return false;
  if (DESCRIPTION_HEAD_WORDS.some((w) => w.length > 1 && phrase.endsWith(w))) return false;
  const place = chars.slice(0, -1);
  if (ADMIN_LEVEL_CHARS.includes(place.at(-1)!)) return true;
  for (let len = Math.min(MAX_KNOWN_PLACE_LENGTH, place.length); len >= MIN_NATIVE_PLACE_LENGTH; len--)
    if (places.has(place.slice(0, len).join(""))) return true;
  return false;
}

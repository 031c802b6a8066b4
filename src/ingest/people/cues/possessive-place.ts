import { ADMIN_LEVEL_CHARS, MAX_KNOWN_PLACE_LENGTH } from "./title-words";
import { startsClause } from "./boundaries";

/**
 * A post or description joined by 的 to the place it belongs to (`德国汉诺威市的劳动法律师`, `四川德阳的游客`)
 * is written whole by the gold: the place says which lawyer, which tourist. The readers stop at 的, a
 * function character, and kept the post alone. `possessive-organisation.ts` reads an organisation there;
 * this reads places: the part before 的 must open its clause (after punctuation or at the text's start:
 * `在北京的游客` is where someone is, `来自四川德阳的游客` where they come from, and neither is read) and be
 * places only, each a known place or an unknown name of `MIN_UNKNOWN_PLACE` to `MAX_UNKNOWN_PLACE`
 * characters closed by an admin level (`汉诺威市`), or one known place and a two-character place in it
 * (`四川德阳`). Found in audit 7 (session 36, rmrb39: 2 of its role errors).
 */
/** Shortest unknown place name before its admin level (汉诺威|市: three; two as 德阳|市). */
export const MIN_UNKNOWN_PLACE = 2;
/**
 * Longest unknown place name before its admin level (three: 汉诺威|市). Four took a verb with a known
 * place (`来自北京|市`): a known place before the admin level is read as the name itself.
 */
export const MAX_UNKNOWN_PLACE = 3;
/** An unknown place written after a known one it lies in (四川|德阳): two characters, as a county or city. */
export const INNER_PLACE_LENGTH = 2;
/** Longest run of places before 的 (德国汉诺威市 is 6; two or three places in one another). */
export const MAX_POSSESSIVE_PLACE_LENGTH = 12;
const POSSESSIVE = "的";

/** Whether `chars[from, to)` is places only, read right to left (a known place, or a name and its admin level). */
function placesOnly(chars: readonly string[], from: number, to: number, places: ReadonlySet<string>): boolean {
  if (to === from) return true;
  for (let len = Math.min(MAX_KNOWN_PLACE_LENGTH, to - from); len >= 2; len--)
    if (places.has(chars.slice(to - len, to).join("")) && placesOnly(chars, from, to - len, places)) return true;
  if (!ADMIN_LEVEL_CHARS.includes(chars[to - 1] ?? "\n")) return false;
  for (let len = Math.min(MAX_KNOWN_PLACE_LENGTH, to - 1 - from); len >= 2; len--)
    if (places.has(chars.slice(to - 1 - len, to - 1).join(""))) return placesOnly(chars, from, to - 1 - len, places);
  for (let len = MIN_UNKNOWN_PLACE; len <= MAX_UNKNOWN_PLACE && to - 1 - len >= from; len++)
    if (placesOnly(chars, from, to - 1 - len, places)) return true;
  return false;
}

/** Where the role from `start` (after 的) starts with the places it belongs to, or null. */
export function possessivePlaceStart(
  chars: readonly string[],
  start: number,
  places: ReadonlySet<string>,
): number | null {
  if (chars[start - 1] !== POSSESSIVE) return null;
  const placesEnd = start - 1;
  let open = placesEnd;
  while (open > 0 && placesEnd - open < MAX_POSSESSIVE_PLACE_LENGTH && !startsClause(chars[open - 1])) open--;
  if (open === placesEnd || !startsClause(chars[open - 1])) return null;
  if (placesOnly(chars, open, placesEnd, places)) return open;
  // or a known place and an unknown one inside it, no admin level (`四川德阳`)
  const inner = placesEnd - INNER_PLACE_LENGTH;
  return inner > open && knownPlaceAt(chars, open, inner, places) ? open : null;
}

/** Whether `chars[from, to)` is one known place. */
function knownPlaceAt(chars: readonly string[], from: number, to: number, places: ReadonlySet<string>): boolean {
  return to - from <= MAX_KNOWN_PLACE_LENGTH && places.has(chars.slice(from, to).join(""));
}

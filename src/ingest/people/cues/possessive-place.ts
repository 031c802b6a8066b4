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
 * Since session 38 (rmrb52, the three annotators of dev5–7: `来自<country>的<noun>`, `…村78岁的老人`) two more
 * are read whole: places after 来自 (where the person comes from, wherever the clause opens; 来自 is kept),
 * and places with an age between them and the 的 (`…村78岁的老人`; an age alone, `78岁的老人`, is not).
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
/**
 * Longest unknown place name before its admin level when an age follows the places (five: a village's
 * name of four or five characters, `托万荒地|村`); an age after it says the places describe a person.
 */
export const MAX_UNKNOWN_PLACE_BEFORE_AGE = 5;
/** Longest age between the places and the 的 (`100岁`). */
export const MAX_AGE_LENGTH = 4;
const POSSESSIVE = "的";
/** The verb that opens where a person comes from (`来自四川的游客`), kept in the role. */
const FROM = "来自";
const AGE_MARK = "岁";
const DIGITS = "0123456789０１２３４５６７８９";

/** Whether `chars[from, to)` is places only, read right to left (a known place, or a name and its admin level). */
function placesOnly(
  chars: readonly string[],
  from: number,
  to: number,
  places: ReadonlySet<string>,
  longestUnknown = MAX_UNKNOWN_PLACE,
): boolean {
  if (to === from) return true;
  for (let len = Math.min(MAX_KNOWN_PLACE_LENGTH, to - from); len >= 2; len--)
    if (places.has(chars.slice(to - len, to).join("")) && placesOnly(chars, from, to - len, places, longestUnknown))
      return true;
  if (!ADMIN_LEVEL_CHARS.includes(chars[to - 1] ?? "\n")) return false;
  for (let len = Math.min(MAX_KNOWN_PLACE_LENGTH, to - 1 - from); len >= 2; len--)
    if (places.has(chars.slice(to - 1 - len, to - 1).join("")))
      return placesOnly(chars, from, to - 1 - len, places, longestUnknown);
  for (let len = MIN_UNKNOWN_PLACE; len <= longestUnknown && to - 1 - len >= from; len++)
    if (placesOnly(chars, from, to - 1 - len, places, longestUnknown)) return true;
  return false;
}

/** Where the role from `start` (after 的) starts with the places it belongs to, or null. */
export function possessivePlaceStart(
  chars: readonly string[],
  start: number,
  places: ReadonlySet<string>,
): number | null {
  if (chars[start - 1] !== POSSESSIVE) return null;
  const placesEnd = ageStart(chars, start - 1) ?? start - 1;
  const aged = placesEnd !== start - 1;
  let open = placesEnd;
  while (
    open > 0 &&
    placesEnd - open < MAX_POSSESSIVE_PLACE_LENGTH &&
    !startsClause(chars[open - 1]) &&
    !isFrom(chars, open)
  )
    open--;
  const from = isFrom(chars, open);
  if (open === placesEnd || (!from && !startsClause(chars[open - 1]))) return null;
  const lead = from ? open - FROM.length : open;
  if (placesOnly(chars, open, placesEnd, places, aged ? MAX_UNKNOWN_PLACE_BEFORE_AGE : MAX_UNKNOWN_PLACE)) return lead;
  // or a known place and an unknown one inside it, no admin level (`四川德阳`)
  const inner = placesEnd - INNER_PLACE_LENGTH;
  return inner > open && knownPlaceAt(chars, open, inner, places) ? lead : null;
}

/**
 * Whether the role from `start` opens with 来自 and its places' 的 (`来自四川的…`, read here: no verb to
 * take off). A 来自 with no 的 after its places (`信来自…小学校长`) is the verb of another subject.
 */
export function opensWithFrom(chars: readonly string[], start: number, places: ReadonlySet<string>): boolean {
  if (!isFrom(chars, start + FROM.length)) return false;
  const last = Math.min(chars.length, start + FROM.length + MAX_POSSESSIVE_PLACE_LENGTH + MAX_AGE_LENGTH);
  for (let at = start + FROM.length; at < last && !startsClause(chars[at]); at++)
    if (chars[at] === POSSESSIVE) return possessivePlaceStart(chars, at + 1, places) === start;
  return false;
}

/** Whether 来自 ends right before `at`. */
function isFrom(chars: readonly string[], at: number): boolean {
  return chars[at - 1] === FROM[1] && chars[at - 2] === FROM[0];
}

/** Where an age ending at `end` (`78岁`, before its 的) starts, or null. */
function ageStart(chars: readonly string[], end: number): number | null {
  if (chars[end - 1] !== AGE_MARK) return null;
  let at = end - 1;
  while (at > 0 && end - at < MAX_AGE_LENGTH && DIGITS.includes(chars[at - 1]!)) at--;
  return at === end - 1 ? null : at;
}

/** Whether `chars[from, to)` is one known place. */
function knownPlaceAt(chars: readonly string[], from: number, to: number, places: ReadonlySet<string>): boolean {
  return to - from <= MAX_KNOWN_PLACE_LENGTH && places.has(chars.slice(from, to).join(""));
}

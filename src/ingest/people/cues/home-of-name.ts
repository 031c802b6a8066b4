/**
 * A visit to someone's home (`在河北某某某家，`, `来到四川某某某家中`): 在 or 到, a known place, the name,
 * and 家 closing the phrase. It vouches for a name the tagger found there (support.ts); the place in
 * front and 家 after leave little else a three-character run there can be.
 */
/** A known place before the name is 2–6 characters (河北, 黑龙江省). */
export const MIN_PLACE_LENGTH = 2;
export const MAX_PLACE_LENGTH = 6;
/** What stands before the place: the visit's preposition or verb's end. */
const BEFORE_PLACE = new Set(["在", "到"]);
/** What may follow 家: punctuation, or 中 / 里 (家中, 家里). */
const AFTER_HOME = /^[\p{P}\s中里]$/u;

/** Whether [start, end) stands between `在|到 + place` and a closing 家. */
export function homeOfNameAt(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
): boolean {
  if (chars[end] !== "家" || (end + 1 < chars.length && !AFTER_HOME.test(chars[end + 1]!))) return false;
  for (let length = MIN_PLACE_LENGTH; length <= MAX_PLACE_LENGTH && length < start; length++) {
    const place = chars.slice(start - length, start).join("");
    if (places.has(place) && BEFORE_PLACE.has(chars[start - length - 1] ?? "")) return true;
  }
  return false;
}

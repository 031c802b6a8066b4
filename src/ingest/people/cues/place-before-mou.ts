/**
 * A surname and 某 cut from a place before it (`与大邱某教会有关`: 大邱, a city, then 某, "a certain"):
 * the tagger reads 邱某 as a veiled name (李某). The character before the surname makes a proper noun
 * with it, so the surname is the place's last character and 某 qualifies what follows.
 */
/** The veiled name's marker. */
export const VEILED_MARK = "某";

/** Whether [start, end) is `surname + 某` whose surname ends a proper noun begun by the character before. */
export function isPlaceBeforeMou(
  chars: readonly string[],
  start: number,
  end: number,
  isProperNoun: (w: string) => boolean,
): boolean {
  if (end - start !== 2 || chars[end - 1] !== VEILED_MARK || start === 0) return false;
  return isProperNoun(chars[start - 1]! + chars[start]!);
}

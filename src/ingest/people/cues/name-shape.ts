import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";
import { canBeInName } from "./boundaries";

/**
 * Whether a string looks like a Chinese personal name: a surname (single or compound) and a given
 * name of one or two characters, all Han, no function characters. Rare characters (鋆) pass: only
 * the surname is checked against a list.
 */
export const MIN_GIVEN = 1;
export const MAX_GIVEN = 2;

export function isChineseNameShaped(chars: readonly string[]): boolean {
  if (!chars.every(canBeInName)) return false;
  const given = givenNameLength(chars);
  return given >= MIN_GIVEN && given <= MAX_GIVEN;
}

/** Characters after the surname (compound surnames first), or -1 when there is no surname. */
export function givenNameLength(chars: readonly string[]): number {
  const two = chars.slice(0, 2).join("");
  const surname = COMPOUND_SURNAMES.has(two) && chars.length >= 3 ? 2 : SINGLE_SURNAMES.has(chars[0] ?? "") ? 1 : 0;
  return surname === 0 ? -1 : chars.length - surname;
}

/** The first characters of the compound surnames. */
const COMPOUND_FIRST_CHARS: ReadonlySet<string> = new Set([...COMPOUND_SURNAMES].map((s) => Array.from(s)[0]!));

/**
 * The lengths a name starting at `start` could have: surname + one or two characters. The same as
 * testing `isChineseNameShaped` on each length, without making the strings: the cues ask this at
 * every position of every text.
 */
export function candidateLengths(chars: readonly string[], start: number): number[] {
  const out: number[] = [];
  const longest = Math.min(4, chars.length - start);
  if (longest < 2) return out;
  const single = SINGLE_SURNAMES.has(chars[start]!);
  // the pair is joined only where a compound surname can start (a string built at every position was garbage)
  const compound = COMPOUND_FIRST_CHARS.has(chars[start]!) && COMPOUND_SURNAMES.has(chars[start]! + chars[start + 1]!);
  if (!single && !compound) return out;
  for (let len = 1; len <= longest; len++) {
    if (!canBeInName(chars[start + len - 1]!)) break;
    if (len < 2) continue;
    const surname = compound && len >= 3 ? 2 : single ? 1 : 0;
    const given = len - surname;
    if (surname > 0 && given >= MIN_GIVEN && given <= MAX_GIVEN) out.push(len);
  }
  return out;
}

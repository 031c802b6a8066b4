import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { ADMIN_LEVEL_CHARS, MAX_KNOWN_PLACE_LENGTH } from "./title-words";

/**
 * A description after a chain of places, each ending in its admin level (`南岭壮族自治区青石瑶族自治县贫困户`):
 * the description reader gives up on a run longer than a placed description (`placed-description.ts`, 18
 * characters), so a province with an autonomous county before the noun lost the role. Read from the name
 * back: a person noun of 2–5 characters, then place segments each ending in an admin level (省, 自治区, 县 …)
 * and holding no other, each at most `MAX_PLACE_SEGMENT` characters, the first starting with a known place
 * (a verb before it, `走进`, is left out). Session 37 (rmrb45): the ninth audit's poor household.
 */
/** Longest such description, in characters (a province, an autonomous county, a town, a village and 村民). */
export const MAX_PLACE_CHAIN_DESCRIPTION_LENGTH = 26;
/** Longest place segment, in characters (`…毛南族自治县` is 8). */
export const MAX_PLACE_SEGMENT = 8;
/** Lengths of the person noun at the end tried (村民, 贫困户, 建档立卡户 …). */
const NOUN_LENGTHS = [2, 3, 4, 5];

/**
 * The description with its chain of places right before a name starting at `nameStart`, or null;
 * `isPersonNoun` says whether a phrase ends in a person noun.
 */
export function placeChainDescription(
  chars: readonly string[],
  nameStart: number,
  places: ReadonlySet<string>,
  isPersonNoun: (phrase: string) => boolean,
): string | null {
  for (const n of NOUN_LENGTHS) {
    const nounStart = nameStart - n;
    if (nounStart < 1 || !plain(chars, nounStart, nameStart)) continue;
    if (!isPersonNoun(chars.slice(nounStart, nameStart).join(""))) continue;
    const start = chainStart(chars, nounStart, places);
    if (start !== null && nameStart - start <= MAX_PLACE_CHAIN_DESCRIPTION_LENGTH)
      return chars.slice(start, nameStart).join("");
  }
  return null;
}

/** Han characters, no function character or punctuation, in [from, to). */
function plain(chars: readonly string[], from: number, to: number): boolean {
  return chars.slice(from, to).every((ch) => isHan(ch) && !isBoundaryChar(ch));
}

/** Where the chain of place segments ending at `end` starts with a known place; null when it does not. */
function chainStart(chars: readonly string[], end: number, places: ReadonlySet<string>): number | null {
  let at = end;
  while (ADMIN_LEVEL_CHARS.includes(chars[at - 1] ?? "-")) {
    // the segment runs back to the admin level before it, or starts with a known place
    let from = at - 1;
    while (from > 0 && at - from < MAX_PLACE_SEGMENT && !ADMIN_LEVEL_CHARS.includes(chars[from - 1]!)) from--;
    if (ADMIN_LEVEL_CHARS.includes(chars[from - 1] ?? "-") && plain(chars, from, at) && at - from >= 2) {
      at = from;
      continue;
    }
    for (let s = from; s <= at - 2; s++) {
      if (!plain(chars, s, at)) continue;
      for (let len = 2; len <= MAX_KNOWN_PLACE_LENGTH && s + len <= at; len++)
        if (places.has(chars.slice(s, s + len).join(""))) return s;
    }
    return null;
  }
  return null;
}

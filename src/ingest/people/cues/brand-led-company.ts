import { isHan } from "@/text/char-class";
import { isBoundaryChar, startsClause } from "./boundaries";
import { MAX_KNOWN_PLACE_LENGTH } from "./title-words";

/**
 * A company named by its group's short name and the place of its branch (`华能|南岭市热力有限公司董事长`):
 * the title reader starts an organisation's title at a known place, so the group's short name in front was
 * cut off (`南岭市热力有限公司董事长`). Taken when the title starts with a known place and holds a company's
 * word (`COMPANY_WORDS`), and what stands before the place back to its clause's start (punctuation, a space
 * or the text's start) is `MIN_BRAND_LENGTH`–`MAX_BRAND_LENGTH` Han characters, no function character, no
 * word of the dictionary (a verb or an adverbial of time: `走访`, `今年`) and no place. Session 37 (rmrb45):
 * the ninth audit's power company.
 */
/** Words that say the title's organisation is a company. */
export const COMPANY_WORDS: readonly string[] = ["公司", "集团"];
/** A group's short name: two characters (华能) to four. */
export const MIN_BRAND_LENGTH = 2;
export const MAX_BRAND_LENGTH = 4;

/**
 * Where a company title read from `start` to `end` starts with the group's short name before its place; null
 * when there is none. `isWord` says whether a string is a word of the dictionary.
 */
export function brandLedCompanyStart(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
  isWord: (word: string) => boolean,
): number | null {
  const title = chars.slice(start, end).join("");
  if (!COMPANY_WORDS.some((w) => title.includes(w))) return null;
  let placed = false;
  for (let len = 2; len <= MAX_KNOWN_PLACE_LENGTH && !placed; len++)
    placed = places.has(chars.slice(start, start + len).join(""));
  if (!placed) return null;
  for (let len = MIN_BRAND_LENGTH; len <= MAX_BRAND_LENGTH && start - len >= 0; len++) {
    const brand = chars.slice(start - len, start);
    if (!brand.every((ch) => isHan(ch) && !isBoundaryChar(ch))) return null;
    const before = chars[start - len - 1];
    if (before !== undefined && !startsClause(before) && !/\s/u.test(before)) continue;
    const word = brand.join("");
    return isWord(word) || places.has(word) ? null : start - len;
  }
  return null;
}

import { isHan } from "@/text/char-class";
import { startsClause } from "./boundaries";
import { ADMIN_LEVEL_CHARS } from "./title-words";
import { LIST_SEPARATOR } from "./list-cue";

/**
 * A title cut in front by a proper noun the title reader does not know as a place (`里加|中国文化中心主任`,
 * `通报旺苍|县委原书记`): the reader takes a place only from the tagger's places (or two characters
 * before an admin level at a boundary), so a city, country or county it has not seen is left out and
 * the title starts at the next place or unit. Where the characters right before the title are a
 * proper noun of the reference dictionary (CC-CEDICT: a place or an organisation, never a person),
 * the noun belongs to the title when
 * - it opens its clause (`。里加中国文化中心主任`, `、缅甸…`): nothing stands between it and the title, or
 * - the title opens with an admin level (县委, 市政府): the noun is that county's or city's name, and a
 *   verb before it (通报) is no proper noun.
 * A common word (会见, 通报) is not a proper noun in the dictionary, so a verb is never taken. A
 * description before a name is read so too (`、缅甸|知名社会活动家`: a description is bounded in length).
 */
/** Proper nouns looked for before a title: two characters (里加, 旺苍) up to four (拉脱维亚). */
export const MIN_LEADING_PROPER_NOUN = 2;
export const MAX_LEADING_PROPER_NOUN = 4;

/** Where the title starts with the proper noun before `start`; null when none is taken. */
export function properNounLedTitleStart(
  chars: readonly string[],
  start: number,
  properNouns: ReadonlySet<string> = new Set(),
): number | null {
  const first = chars[start];
  if (first === undefined || !isHan(first)) return null;
  const adminLed = ADMIN_LEVEL_CHARS.includes(first);
  for (let len = Math.min(MAX_LEADING_PROPER_NOUN, start); len >= MIN_LEADING_PROPER_NOUN; len--) {
    const word = chars.slice(start - len, start);
    if (!word.every((ch) => isHan(ch)) || !properNouns.has(word.join(""))) continue;
    const before = chars[start - len - 1];
    if (adminLed || startsClause(before) || before === LIST_SEPARATOR) return start - len;
  }
  return null;
}

import { provincesOf } from "../../people-index/china-places";
import { leadingCountry } from "../../people-index/countries";
import { listsOf } from "./list-items";

/**
 * Places the tagger reads as names (塞内加尔 before 总统, 武威 and 张掖 in a list of cities): a
 * country's name is never a person's, and a 、 list that is mostly places is a list of places, so
 * its items are not names even where one looks like a name (张掖: 张 is a surname).
 */
/** Level words a place is written without (金凤 for 金凤区, 武威 for 武威市). */
export const PLACE_LEVELS = ["市", "区", "县", "州", "盟", "旗"] as const;
/** Share of a list's items that must be places for the list to be read as places. */
export const PLACE_LIST_MIN_SHARE = 0.5;

/** A place of China (down to the county, with or without its level word) or a country. */
export function isPlaceName(name: string): boolean {
  if (provincesOf(name) !== undefined) return true;
  if (PLACE_LEVELS.some((level) => provincesOf(name + level) !== undefined)) return true;
  return leadingCountry(name)?.name === name;
}

/** Whether the name is a country's (塞内加尔): never a person's. */
export function isCountryName(name: string): boolean {
  return leadingCountry(name)?.name === name;
}

/** The items of the text's 、 lists that are mostly places, as [start, end) spans. */
export function placeListItems(
  chars: readonly string[],
  knownPlaces: ReadonlySet<string>,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const list of listsOf(chars)) {
    const texts = list.map((item) => chars.slice(item.start, item.end).join(""));
    const places = texts.filter((t) => knownPlaces.has(t) || isPlaceName(t)).length;
    if (places >= 2 && places / list.length >= PLACE_LIST_MIN_SHARE) out.push(...list);
  }
  return out;
}

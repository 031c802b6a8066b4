import { leadingCountry } from "../../people-index/countries";

/**
 * A name given with where the person is from, joined by 的, as result lists and line-ups print them
 * (`丹麦的马尔廷和韩国的金志贤`, `全国少年冠军山东的高曦、少年亚军江苏的李薇`): a country or a known
 * place, 的, and the name, which ends its item. It vouches for a name the tagger found there
 * (support.ts); a thing after `place + 的` (北京的长城) rarely ends an item as a tagger name does.
 */
/** A country or place before 的 is 2–6 characters (山东, 马来西亚, 黑龙江省). */
const MIN_PLACE_LENGTH = 2;
const MAX_PLACE_LENGTH = 6;
/** What ends the item after the name. */
const ITEM_END = new Set(["、", "，", "；", "。", "和", "与", "及", "）"]);

/** Whether `place + 的` ends right at `start` and the name [start, end) ends an item. */
export function placeOfNameAt(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
): boolean {
  if (chars[start - 1] !== "的") return false;
  if (end < chars.length && !ITEM_END.has(chars[end]!)) return false;
  for (let length = MIN_PLACE_LENGTH; length <= MAX_PLACE_LENGTH && length < start; length++) {
    const place = chars.slice(start - 1 - length, start - 1).join("");
    if (places.has(place) || leadingCountry(place)?.name === place) return true;
  }
  return false;
}

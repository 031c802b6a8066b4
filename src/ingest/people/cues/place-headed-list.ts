import { listsOf, type ListItem } from "./list-items";

/**
 * A 、 list whose items start with a place names the places' things, or their parts, not people:
 * `北京怀柔、上海张江、安徽合肥等…科学中心` (a city and its district), a list of local products
 * each under its county (`岳西翠兰、桐城小花、舒城小兰花`). The tagger reads such an item as a name,
 * the place included (`岳西` starts with the surname 岳), or the part after a known place as one
 * (`张江` is also a person's name). Two readings, from the list's shape alone:
 * - a mention that starts where its item starts and takes in the place at its head is no person: a
 *   person's name does not start with a county's;
 * - when several items are a place followed by another place (`北京怀柔`, `安徽合肥`), the list is of
 *   places inside places, and the part after the head of every item is a place too (`上海张江`).
 * A list of people given with their places (`新疆李建中、湖南刘春平`, placed-list-items.ts) keeps its
 * names: they start after the place, and what follows the places there is no place.
 */
/** Items that must start with a place before the list is read as a list of places' things. */
export const MIN_PLACE_HEADED_ITEMS = 3;
/** Items that must be a place and a place (`安徽合肥`) before every item's rest is read as a place. */
export const MIN_NESTED_PLACE_ITEMS = 2;
/**
 * Longest item read (a county and a product of five characters, `舒城小兰花` is five in all): a longer
 * "item" is a clause running on to the next 、 (`…、大泽理惠女士以及…捐赠给灾区的…`, PFR, where the
 * Japanese name 大泽理惠 starts like a place).
 */
export const MAX_PLACE_HEADED_ITEM = 8;
/** Lengths of a place at an item's head, longest first (a county, 哈尔滨, is at most three characters). */
export const PLACE_HEAD_LENGTHS = [3, 2] as const;

/** An item of such a list: where it starts and ends, and where its head place ends. */
export interface PlaceHeadedItem extends ListItem {
  headEnd: number;
}

/** The length of the place the item starts with, leaving something after it; 0 if none. */
function headLength(chars: readonly string[], item: ListItem, isPlace: (w: string) => boolean): number {
  if (item.end - item.start > MAX_PLACE_HEADED_ITEM) return 0;
  for (const n of PLACE_HEAD_LENGTHS)
    if (item.end - item.start > n && isPlace(chars.slice(item.start, item.start + n).join(""))) return n;
  return 0;
}

/** The spans of `chars` that are no person's name because they stand in a place-headed list (see above). */
export function placeHeadedSpans(chars: readonly string[], isPlace: (w: string) => boolean): ListItem[] {
  const out: ListItem[] = [];
  for (const list of listsOf(chars)) {
    const headed: PlaceHeadedItem[] = [];
    for (const item of list) {
      const n = headLength(chars, item, isPlace);
      if (n > 0) headed.push({ ...item, headEnd: item.start + n });
    }
    if (headed.length < MIN_PLACE_HEADED_ITEMS) continue;
    const nested = headed.filter((h) => isPlace(chars.slice(h.headEnd, h.end).join(""))).length;
    for (const h of headed) {
      out.push({ start: h.start, end: h.end });
      if (nested >= MIN_NESTED_PLACE_ITEMS) out.push({ start: h.headEnd, end: h.end });
    }
  }
  return out;
}

/** Whether the mention [start, end) is one of the spans: it starts with one and ends inside it. */
export function isPlaceHeadedMention(spans: readonly ListItem[], start: number, end: number): boolean {
  return spans.some((s) => s.start === start && end <= s.end && end - start >= 2);
}

import { addMention, overlaps, type TaggedText } from "../mentions";
import { isChineseNameShaped } from "./name-shape";
import { UNSUPPORTED_MIN_PROBABILITY } from "../support";
import { ITEM_END, LIST_SEPARATOR, type Item } from "./list-cue";

/**
 * Names in a 、 list whose items give each person's place or organisation first (`新疆李建中、湖南
 * 刘春平、江苏许文量、北京康淑兰等读者`, `南开大学柳欣、朱光华等人`): such an item is not
 * name-shaped as a whole, so the list cue stops at it, but its last two or three characters are a
 * name when what comes before them is a known place or ends like an organisation. A name found in
 * the list vouches for them, as for the plain items.
 */

/** Longest item read as a place or organisation and a name, in characters (四川大学 + three). */
export const MAX_PLACED_ITEM_LENGTH = 10;
/** The tagger must not rule the name out (the list cue's own bar, LIST_CUE_MIN_PROBABILITY). */
export const PLACED_ITEM_MIN_PROBABILITY = 0.001;
/** How organisations' names end, before a member's name. */
const ORGANISATION_ENDS = ["大学", "学院", "研究所", "研究院", "医院", "中学", "小学", "公司", "集团", "剧团", "剧院"];

/** The item of a list that starts at `start` or ends at `end`, up to MAX_PLACED_ITEM_LENGTH. */
function itemAround(chars: readonly string[], at: number, forward: boolean): Item | null {
  let start = at;
  let end = at;
  if (forward) while (end < chars.length && !ITEM_END.includes(chars[end]!)) end++;
  else while (start > 0 && !ITEM_END.includes(chars[start - 1]!)) start--;
  return end > start && end - start <= MAX_PLACED_ITEM_LENGTH ? { start, end } : null;
}

function isPlaceOrOrganisation(head: string, isPlace: (w: string) => boolean): boolean {
  return isPlace(head) || ORGANISATION_ENDS.some((e) => head.endsWith(e));
}

/** The name lengths (3, 2) at the item's end that follow a place or an organisation. */
function placedNameLengths(chars: readonly string[], item: Item, isPlace: (w: string) => boolean): number[] {
  const lengths: number[] = [];
  for (const length of [3, 2]) {
    const start = item.end - length;
    const head = chars.slice(item.start, start).join("");
    if (Array.from(head).length < 2 || !isChineseNameShaped(chars.slice(start, item.end))) continue;
    if (isPlaceOrOrganisation(head, isPlace)) lengths.push(length);
  }
  return lengths;
}

/**
 * The placed names in the list around a name: walking out over 、 from it, past plain name-shaped
 * items (the list cue's), while each item is a place or organisation and a name. None when an item
 * is neither: a list with anything else in it is a list of things (`鳇、施氏鲟、乌苏里白鲑、乌苏里
 * 大马哈鱼`), seen on the training days.
 */
export function placedListNeighbours(
  chars: readonly string[],
  name: Item,
  isPlace: (w: string) => boolean,
): { end: number; lengths: number[] }[] {
  const found: { end: number; lengths: number[] }[] = [];
  // the name's own item may give its place first (湖南柯春平): the list goes on before that
  const own = itemAround(chars, name.start, false);
  const head = own === null ? "" : chars.slice(own.start, name.start).join("");
  const itemStart = own !== null && head !== "" && isPlaceOrOrganisation(head, isPlace) ? own.start : name.start;
  const walk = (forward: boolean): boolean => {
    let at = forward ? name.end : itemStart;
    while (chars[forward ? at : at - 1] === LIST_SEPARATOR) {
      const item = itemAround(chars, forward ? at + 1 : at - 1, forward);
      if (item === null) return false;
      if (!isChineseNameShaped(chars.slice(item.start, item.end))) {
        const lengths = placedNameLengths(chars, item, isPlace);
        if (lengths.length === 0) return false;
        found.push({ end: item.end, lengths });
      }
      at = forward ? item.end : item.start;
    }
    return true;
  };
  return walk(true) && walk(false) ? found : [];
}

/** Adds the placed names of every list around a name found, each at the length the tagger likes best. */
export function addPlacedListNames(tagged: TaggedText, index: number, isPlace: (w: string) => boolean): void {
  for (const mention of [...tagged.mentions]) {
    const neighbours = placedListNeighbours(tagged.chars, mention, isPlace);
    if (neighbours.length === 0) continue;
    // only a name that stands on its own (support.ts) vouches for its list: a guess in a list of
    // things (`鳇、施氏鲟、乌苏里白鲑`) would make its neighbours names, and they would support it
    const sure =
      mention.source !== "tagger" ||
      tagged.scorer.spanProbability(mention.start, mention.end) >= UNSUPPORTED_MIN_PROBABILITY;
    if (!sure) continue;
    for (const { end, lengths } of neighbours) {
      let best: { start: number; probability: number } | null = null;
      for (const length of lengths) {
        const probability = tagged.scorer.spanProbability(end - length, end);
        if (probability >= PLACED_ITEM_MIN_PROBABILITY && (best === null || probability > best.probability))
          best = { start: end - length, probability };
      }
      if (best !== null && !overlaps(tagged.mentions, best.start, end))
        addMention(tagged, { text: index, start: best.start, end, source: "list" });
    }
  }
}

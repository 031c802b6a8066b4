import { listsOf, type ListItem } from "./list-items";

/**
 * The items of a 、 list that a count of places closes: `新增甲城、乙港、丙堡和丁州4座城市`,
 * `甲乡、乙乡两个村`. The tagger reads each short transliterated or unusual item alone and takes the
 * name-shaped ones for names; the count after the last item (a number, 座 or 个, and a place's noun)
 * says what they all are, as 等 + a place's kind does (place-list-tail.ts). People are counted with
 * 名, 位 and 人, never with 座 or a place's noun. audit 9: two Kazakh cities of a list of four.
 */
/** How many characters the last item (and the one 和 joins to it) may have before the count. */
export const MAX_COUNTED_ITEM = 8;
/** The measure words of places. */
export const PLACE_MEASURES = "座个";
/** The nouns a count of places ends in. */
export const PLACE_COUNT_NOUNS: readonly string[] = [
  "城市",
  "国家",
  "地区",
  "省份",
  "省",
  "市",
  "县",
  "村",
  "镇",
  "乡",
  "港口",
  "口岸",
];

const ITEM = `[\\p{Script=Han}·]{1,${MAX_COUNTED_ITEM}}?`;
const COUNT = new RegExp(
  `^${ITEM}(?:[和与及]${ITEM})?[0-9０-９一二三四五六七八九十两几]+[${PLACE_MEASURES}](?:${PLACE_COUNT_NOUNS.join("|")})`,
  "u",
);

/** Characters a count of places takes at most (digits, measure and noun). */
const MAX_COUNT_CHARS = 8;
const COUNT_AT = new RegExp(
  `^[0-9０-９一二三四五六七八九十两几]+[${PLACE_MEASURES}](?:${PLACE_COUNT_NOUNS.join("|")})`,
  "u",
);
/** Whether a count of places (`两个地区`, `4座城市`) starts at `at`. */
export function placeCountAt(chars: readonly string[], at: number): boolean {
  return COUNT_AT.test(chars.slice(at, at + MAX_COUNT_CHARS).join(""));
}

/** The mentions of `mentions` that are items of a list a count of places closes. */
export function placeCountListItems<T extends ListItem>(chars: readonly string[], mentions: readonly T[]): T[] {
  const found: T[] = [];
  for (const items of listsOf(chars)) {
    const last = items.at(-1)!;
    // the last item runs on to the clause's end: the count follows it within the clause
    const tail = chars.slice(last.start, last.start + 3 * MAX_COUNTED_ITEM).join("");
    if (!COUNT.test(tail)) continue;
    for (const item of items)
      found.push(
        ...mentions.filter(
          (m) => m.start >= item.start && m.end <= item.end && (m.end === item.end || m.start === item.start),
        ),
      );
  }
  return found;
}

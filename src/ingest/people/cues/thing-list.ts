import { NAME_DOTS } from "./name-dots";
import { isHan } from "@/text/char-class";
import { isNameLikeItem, listsOf, MAX_PLAIN_ITEM, type ListItem } from "./list-items";

/**
 * A "name" that is a whole item of a 、 list of things is no person: brands and platforms
 * (`芒果TV、爱奇艺、优酷`), diseases (`艾滋病、埃博拉、甲型H1N1流感`), slogans (`补短板、惠民生、促消费`).
 * The tagger reads each item alone and takes a short, name-shaped one for a name; the list says
 * what its items are:
 * - a short item with Latin letters in it (芒果TV, TCL, 5G; at most `MAX_LETTERED_ITEM` characters:
 *   a longer "item" is the clause the list's last name runs into) is no name, and names are not
 *   listed beside such items: every item of that list is a thing;
 * - a list of at least `MIN_THING_ITEMS` other items, of which no more than
 *   `MAX_PERSON_SHARE` hold a person's mention, is a list of things: the one name-shaped item
 *   among them is a thing too. (A list of people is mostly names, or titles with names.)
 *   A last item longer than `MAX_LETTERED_ITEM` that opens with a name and an adverb is the clause
 *   the list's last name runs into (`甲某、乙某、丙某某将共同演唱…`): it is not counted among the
 *   others (see `countsAsOther`).
 * Returns the items of `chars`'s lists that are things, as spans.
 */
/** Other items a list needs before their share says what the list is. */
export const MIN_THING_ITEMS = 2;
/** Largest share of the other items that may hold a person's mention in a list of things. */
export const MAX_PERSON_SHARE = 0;
/** Longest item whose Latin letters make it a thing (甲型H1N1流感: 8). */
export const MAX_LETTERED_ITEM = 8;
/** Shortest name before a run-on adverb. */
const MIN_NAME_CHARS = 2;
/** Name dots: a dotted foreign name is Han and dots. */
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;

export function thingListItems(chars: readonly string[], mentions: readonly ListItem[]): ListItem[] {
  const things: ListItem[] = [];
  const holdsMention = (item: ListItem) => mentions.some((m) => m.start >= item.start && m.end <= item.end);
  for (const items of listsOf(chars)) {
    const lettered = items.some(
      (item) =>
        item.end - item.start <= MAX_LETTERED_ITEM &&
        chars.slice(item.start, item.end).some((ch) => !isHan(ch) && !NAME_DOTS.includes(ch) && LATIN.test(ch)),
    );
    const counted = items.filter((o, k) => countsAsOther(chars, o, k === items.length - 1));
    for (const item of items) {
      const others = counted.filter((o) => o !== item);
      const people = others.filter(holdsMention).length;
      if (lettered || (others.length >= MIN_THING_ITEMS && people <= MAX_PERSON_SHARE * others.length))
        things.push(item);
    }
  }
  return things;
}

/**
 * Adverbs that open the clause a list's last name runs into (`丙某某将共同演唱…`, `丙某也参加`).
 * Only these: a run-on item that does not open with a name and one of them (`乌三国的贸易额…`,
 * `菜叶……用这些…`) still counts, so a list of things whose last item runs on stays one.
 */
const RUN_ON_ADVERBS = ["将", "也", "都", "共同", "一起", "分别", "同台", "还", "均"];

/**
 * Whether an item counts among a list's other items: not a last item longer than
 * `MAX_LETTERED_ITEM` that opens with a name-like run (`isNameLikeItem`) and a run-on adverb,
 * the clause its name runs into (the name has no mention there when the tagger missed it, so the
 * list would read as one of things). dev6: a singer between two performers the tagger missed, the
 * last one running into `将共同演绎歌曲`, was dropped as a thing.
 */
function countsAsOther(chars: readonly string[], item: ListItem, last: boolean): boolean {
  if (!last || item.end - item.start <= MAX_LETTERED_ITEM) return true;
  for (let len = MIN_NAME_CHARS; len <= MAX_PLAIN_ITEM; len++) {
    const at = item.start + len;
    if (!RUN_ON_ADVERBS.some((w) => startsWithAt(chars, at, w))) continue;
    if (isNameLikeItem(chars.slice(item.start, at).join(""))) return false;
  }
  return true;
}

/** Whether `word` stands in `chars` at `at`. */
function startsWithAt(chars: readonly string[], at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (chars[at + k] !== word[k]) return false;
  return true;
}

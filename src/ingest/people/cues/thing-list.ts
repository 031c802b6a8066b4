import { isHan } from "@/text/char-class";
import { listsOf, type ListItem } from "./list-items";

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
 * Returns the items of `chars`'s lists that are things, as spans.
 */
/** Other items a list needs before their share says what the list is. */
export const MIN_THING_ITEMS = 2;
/** Largest share of the other items that may hold a person's mention in a list of things. */
export const MAX_PERSON_SHARE = 0;
/** Longest item whose Latin letters make it a thing (甲型H1N1流感: 8). */
export const MAX_LETTERED_ITEM = 8;
/** Name dots: a dotted foreign name is Han and dots. */
const DOTS = "·•・";
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;

export function thingListItems(chars: readonly string[], mentions: readonly ListItem[]): ListItem[] {
  const things: ListItem[] = [];
  const holdsMention = (item: ListItem) => mentions.some((m) => m.start >= item.start && m.end <= item.end);
  for (const items of listsOf(chars)) {
    const lettered = items.some(
      (item) =>
        item.end - item.start <= MAX_LETTERED_ITEM &&
        chars.slice(item.start, item.end).some((ch) => !isHan(ch) && !DOTS.includes(ch) && LATIN.test(ch)),
    );
    for (const item of items) {
      const others = items.filter((o) => o !== item);
      const people = others.filter(holdsMention).length;
      if (lettered || (others.length >= MIN_THING_ITEMS && people <= MAX_PERSON_SHARE * others.length))
        things.push(item);
    }
  }
  return things;
}

import { COMPOUND_SURNAMES } from "@/text/surnames";
import { listsOf, type ListItem } from "./list-items";

/**
 * A 、 list of things that share a head (`甲乙印象、甲乙心语、甲乙拼图、甲乙味道等活动`): an
 * abbreviation and the activities, products or programmes named after it. The tagger takes the
 * short head (two characters, name-shaped) and the items for names; a list of people does not
 * share its first two characters, but for a compound surname (欧阳) or siblings who share a surname
 * and a generation character (three-character names: so every full item must be longer). Every
 * item that starts with the head, and the head itself, are then no person, wherever they stand.
 * audit 9: an abbreviation of a route and two activities named after it.
 */
/** Items sharing the head that make the list one of things. */
export const MIN_SHARED_HEAD_ITEMS = 3;
/** The head's length. */
export const HEAD_LENGTH = 2;
/** The least length of a whole item: a three-character item may be a name of siblings (王小明、王小红). */
export const MIN_HEADED_ITEM = 4;

/** The names of `mentions` that are items of such a list or its head. */
export function sharedHeadListNames(chars: readonly string[], mentions: readonly ListItem[]): string[] {
  const names: string[] = [];
  const text = (from: number, to: number) => chars.slice(from, to).join("");
  for (const items of listsOf(chars)) {
    // the first item may hold the clause before it, the last the clause after it: only the middle ones end where they should
    const heads = new Map<string, ListItem[]>();
    for (const item of items) {
      const head = text(item.start, item.start + HEAD_LENGTH);
      heads.set(head, [...(heads.get(head) ?? []), item]);
    }
    for (const [head, headed] of heads) {
      if (headed.length < MIN_SHARED_HEAD_ITEMS || COMPOUND_SURNAMES.has(head)) continue;
      const whole = headed.filter((i) => i !== items[0] && i !== items.at(-1));
      if (whole.some((i) => i.end - i.start < MIN_HEADED_ITEM)) continue;
      names.push(head);
      for (const item of headed)
        for (const m of mentions) if (m.start === item.start && m.end <= item.end) names.push(text(m.start, m.end));
    }
  }
  return names;
}

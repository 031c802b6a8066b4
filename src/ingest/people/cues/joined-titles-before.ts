import { startsClause } from "./boundaries";
import { LIST_SEPARATOR } from "./list-cue";

/**
 * Two titles joined by 和 before a list of names (`学会理事和协会委员A、B、C`): the title reader reads the
 * title right before the names and stops at the function character 和, so the title before it was lost.
 * The gold gives both to every name of the list. Read only before a list (the name followed by 、): before
 * one name, 和 as often joins two persons, the first unnamed or a name the tagger missed
 * (`副首相兼国防大臣某某上将和…主席C`). The earlier titles (a 、 chain of them) are taken when they end right
 * before the joiner and open their clause (punctuation or the text's start before them), so a name or a
 * verb before them (`A主席和B秘书长C、D`, `会见省长和市长C、D`) gives nothing. Session 37 (rmrb45): the
 * ninth audit's committee members.
 */
/** Words joining two titles: 和, 及, 以及 (the longest first). */
export const TITLE_JOINERS: readonly string[] = ["以及", "和", "及"];

/**
 * The titles joined by a `TITLE_JOINERS` word to `titles`, the titles printed right before a name from
 * `nameStart` to `nameEnd` that heads a 、 list; `titlesEndingAt(e)` reads the titles that end at `e`, `namedBetween(from, to)` says whether a
 * name starts in [from, to) (a name inside the earlier titles is their holder: `A主席和秘书长C`). Empty when
 * there are none.
 */
export function joinedTitlesBefore(
  chars: readonly string[],
  nameStart: number,
  nameEnd: number,
  titles: readonly string[],
  titlesEndingAt: (end: number) => string[],
  namedBetween: (from: number, to: number) => boolean,
): string[] {
  if (titles.length === 0 || chars[nameEnd] !== LIST_SEPARATOR) return [];
  const start = printedStart(chars, nameStart, titles);
  if (start === null) return [];
  const joiner = TITLE_JOINERS.find((j) => chars.slice(start - Array.from(j).length, start).join("") === j);
  if (joiner === undefined) return [];
  const end = start - Array.from(joiner).length;
  const earlier = titlesEndingAt(end);
  if (earlier.length === 0) return [];
  const earlierStart = printedStart(chars, end, earlier);
  if (earlierStart === null || namedBetween(earlierStart, end)) return [];
  return startsClause(chars[earlierStart - 1]) ? earlier : [];
}

/** Where `titles`, printed joined by 、, start when they end at `end`; null when the text does not hold them so. */
function printedStart(chars: readonly string[], end: number, titles: readonly string[]): number | null {
  const printed = titles.join(LIST_SEPARATOR);
  const start = end - Array.from(printed).length;
  return start >= 0 && chars.slice(start, end).join("") === printed ? start : null;
}

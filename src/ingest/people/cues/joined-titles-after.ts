import { isBoundaryChar } from "./boundaries";
import { LIST_SEPARATOR } from "./list-cue";

/**
 * Titles joined by 、 to the title right after a name (`林大同总书记、国家主席`): the word after the name
 * is read (`titleAfter`), and each title after a 、 that follows it is the same person's too, when it
 * is a title the title reader reads whole (nothing before it on its side of the 、), it ends at a
 * boundary (punctuation or a function character: `…国家主席同…`, `…国家主席。`), and no name is
 * inside it or right after it (`A总书记、B主席`: B's title; `…主席、国家主席B`: B's). Session 36 second
 * round (rmrb41): the eighth audit's heads of state with two titles after their names.
 */
/** Shortest and longest title looked for after the 、 (主席 … 中央军委主席). */
export const MIN_JOINED_TITLE = 2;
export const MAX_JOINED_TITLE = 8;

/**
 * The titles joined by 、 after a title ending at `end`; `titlesEndingAt(e)` reads the titles that end at
 * `e`, `namedBetween(from, to)` says whether a name starts in [from, to).
 */
export function joinedTitlesAfter(
  chars: readonly string[],
  end: number,
  titlesEndingAt: (end: number) => string[],
  namedBetween: (from: number, to: number) => boolean,
): string[] {
  const found: string[] = [];
  let at = end;
  while (chars[at] === LIST_SEPARATOR) {
    const from = at + 1;
    let next: number | null = null;
    for (let e = Math.min(chars.length, from + MAX_JOINED_TITLE); e >= from + MIN_JOINED_TITLE; e--) {
      if (e < chars.length && !isBoundaryChar(chars[e])) continue;
      if (namedBetween(from, e + 1)) continue;
      if (titlesEndingAt(e).at(-1) === chars.slice(from, e).join("")) {
        next = e;
        break;
      }
    }
    if (next === null) break;
    found.push(chars.slice(from, next).join(""));
    at = next;
  }
  return found;
}

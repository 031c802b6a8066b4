import { clauseTitleStart } from "./title-clause";
import { placeNoteStart } from "./place-note";

/**
 * A post at a newspaper, a journal or a programme, whose name the paper prints in 《》
 * (`埃及《消息报》外交及阿拉伯事务部主任`, `韩国《每日经济新闻》市场营销局局长`): the title parser stops
 * at 》, which is no Han character, so the title came out without the publication and its country.
 * A title that starts right after 》 takes the bracketed name and the known place right before it
 * (埃及, whose 及 would stop a clause reading; a bracketed note after the place is read over, see
 * `placeNoteStart`: `刚果（金）《…》`), or else what stands before it in the clause (read as
 * `clauseTitleStart` reads one).
 */
/** Longest publication name taken, in characters between the brackets. */
export const MAX_PUBLICATION_LENGTH = 12;
/** Longest known place looked for before the publication (坦桑尼亚联合共和国: 8). */
export const MAX_PUBLICATION_PLACE_LENGTH = 8;

/** Where a title starting at `start` and ending at `end` starts with its publication, or null when none stands before it. */
export function publicationTitleStart(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
): number | null {
  if (chars[start - 1] !== "》") return null;
  let open = start - 2;
  while (open >= 0 && start - 2 - open < MAX_PUBLICATION_LENGTH && chars[open] !== "《" && chars[open] !== "》") open--;
  if (open < 0 || chars[open] !== "《" || open === start - 2) return null;
  const placeEnd = placeNoteStart(chars, open);
  for (let len = Math.min(MAX_PUBLICATION_PLACE_LENGTH, placeEnd); len >= 2; len--)
    if (places.has(chars.slice(placeEnd - len, placeEnd).join(""))) return placeEnd - len;
  return clauseTitleStart(chars, open, end);
}

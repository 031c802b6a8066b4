import { clauseTitleStart } from "./title-clause";

/**
 * A title whose place is where its holder is posted (`中国驻朝鲜大使`, `中国常驻联合国代表`): the
 * title parser took the known place (朝鲜) as the title's owner and stopped there; the sender and
 * 驻 belong to the title too. The title is read back over 驻 (and 常驻) to a known place before it,
 * or to the clause start.
 */
export const STATIONED = "驻";
/** Longest known place looked for before 驻 (中华人民共和国: 7). */
export const MAX_SENDER_LENGTH = 7;

/** Where a title starts whose place starts at `placeStart`, when 驻 stands before the place; else null. */
export function stationedTitleStart(
  chars: readonly string[],
  placeStart: number,
  end: number,
  places: ReadonlySet<string>,
): number | null {
  if (chars[placeStart - 1] !== STATIONED) return null;
  let at = placeStart - 1;
  if (chars[at - 1] === "常") at--;
  for (let len = Math.min(MAX_SENDER_LENGTH, at); len >= 2; len--)
    if (places.has(chars.slice(at - len, at).join(""))) return at - len;
  return clauseTitleStart(chars, at, end);
}

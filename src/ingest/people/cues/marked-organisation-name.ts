import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart, MAX_CLAUSE_TITLE_LENGTH } from "./title-clause";

/**
 * An organisation's name with a mark inside it: a short word in brackets (`南岭电子（控股）实业公司
 * 董事长`) or a dash joining two places (`南岭—北川研究中心主任`, as `中国—东盟…`). The title reader stops at
 * the mark, so the role kept only what follows it. The gold writes the whole name as printed. The part
 * before the mark is taken when:
 * - a bracket holds Han characters only, `MIN_BRACKETED_WORD` to `MAX_BRACKETED_WORD` of them (集团, 控股;
 *   a longer organisation's other name is `bracketed-alias.ts`'s), and the name before it is at least
 *   `MIN_NAME_BEFORE_BRACKET` long (a person's name with a note, `林大同（左二）`, is shorter);
 * - a dash is a single one (— or －) between Han characters, and the name before it at least
 *   `MIN_NAME_BEFORE_DASH` long (两地: 中国—东盟);
 * - the name before the mark is read back to its clause's start (title-clause.ts), holds no boundary,
 *   and the whole title fits a clause-long title.
 * Session 36 second round (rmrb41): the eighth audit's company cut at （集团） and centre cut at —.
 */
export const MIN_BRACKETED_WORD = 2;
export const MAX_BRACKETED_WORD = 4;
/** Shortest name before a bracketed word (`南岭传媒` is 4; a person's name is 2 or 3). */
export const MIN_NAME_BEFORE_BRACKET = 4;
/** Shortest name before a dash (a two-character place: 中国, 非洲). */
export const MIN_NAME_BEFORE_DASH = 2;
const OPEN = "（";
const CLOSE = "）";
const DASHES = "—－";

/** Where a title starting at `start`, right after a bracketed word or a dash, starts with the name before it; else null. */
export function markedOrganisationStart(chars: readonly string[], start: number, end: number): number | null {
  const mark = chars[start - 1];
  if (mark === undefined || !isHan(chars[start] ?? "")) return null;
  let nameEnd: number;
  let shortest: number;
  if (mark === CLOSE) {
    let open = start - 2;
    while (open >= 0 && start - 2 - open <= MAX_BRACKETED_WORD && isHan(chars[open]!)) open--;
    if (open < 0 || chars[open] !== OPEN) return null;
    const length = start - 2 - open;
    if (length < MIN_BRACKETED_WORD || length > MAX_BRACKETED_WORD) return null;
    if (chars.slice(open + 1, start - 1).some((ch) => isBoundaryChar(ch))) return null;
    nameEnd = open;
    shortest = MIN_NAME_BEFORE_BRACKET;
  } else if (DASHES.includes(mark)) {
    if (DASHES.includes(chars[start - 2] ?? "")) return null;
    nameEnd = start - 1;
    shortest = MIN_NAME_BEFORE_DASH;
  } else return null;
  const before = chars[nameEnd - 1];
  if (before === undefined || !isHan(before) || isBoundaryChar(before)) return null;
  const nameStart = clauseTitleStart(chars, nameEnd, end);
  if (nameEnd - nameStart < shortest || end - nameStart > MAX_CLAUSE_TITLE_LENGTH) return null;
  if (chars.slice(nameStart, nameEnd).some((ch) => isBoundaryChar(ch))) return null;
  return nameStart;
}

import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { ORGANISATION_ENDS } from "./possessive-organisation";
import { clauseTitleStart, MAX_CLAUSE_TITLE_LENGTH } from "./title-clause";

/**
 * An organisation written with its other name in brackets before a post (`中央党校（国家行政学院）
 * 教授`: one body, two names): the title parser stops at the closing bracket, so the role kept only
 * the post (教授; session 35, rmrb36: the sixth audit's two professors). The gold writes the whole
 * phrase as printed, brackets kept. The bracketed part is taken with the name before it when:
 * - the brackets hold Han characters only, `MIN_ALIAS_LENGTH` to `MAX_ALIAS_LENGTH` of them, ending in
 *   an organisation's word (学院, 中心, 委员会: `ORGANISATION_ENDS`): a note (`（左二）`, `（女）`)
 *   or a person's name ends in none;
 * - the name before the brackets is read back to its clause's start (title-clause.ts), is at least
 *   `MIN_NAME_LENGTH` long, holds no boundary, and the whole title fits a clause-long title.
 */
export const MIN_ALIAS_LENGTH = 3;
/** Longest bracketed name (`国家行政学院` is 6; `中国人民政治协商会议全国委员会` is 15). */
export const MAX_ALIAS_LENGTH = 16;
/** Shortest name before the brackets (党校 alone is none: `中央党校` is 4). */
export const MIN_NAME_LENGTH = 3;
const OPEN = "（";
const CLOSE = "）";

/** Where a title starting at `start`, right after a bracketed organisation's name, starts with it; else null. */
export function bracketedAliasStart(chars: readonly string[], start: number, end: number): number | null {
  if (chars[start - 1] !== CLOSE) return null;
  let open = start - 2;
  while (open >= 0 && start - 2 - open <= MAX_ALIAS_LENGTH && isHan(chars[open]!)) open--;
  if (open < 0 || chars[open] !== OPEN) return null;
  const alias = chars.slice(open + 1, start - 1).join("");
  const length = Array.from(alias).length;
  if (length < MIN_ALIAS_LENGTH || length > MAX_ALIAS_LENGTH) return null;
  if (!ORGANISATION_ENDS.some((w) => alias.endsWith(w))) return null;
  const before = chars[open - 1];
  if (before === undefined || !isHan(before) || isBoundaryChar(before)) return null;
  const nameStart = clauseTitleStart(chars, open, end);
  if (open - nameStart < MIN_NAME_LENGTH || end - nameStart > MAX_CLAUSE_TITLE_LENGTH) return null;
  if (chars.slice(nameStart, open).some((ch) => isBoundaryChar(ch))) return null;
  return nameStart;
}

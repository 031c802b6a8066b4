import { ORGANISATION_ENDS } from "./possessive-organisation";

/**
 * A department named by two fields joined by 与 inside a longer organisation
 * (`…认证检测中心|标准与计量事业部总监`, `中国社会科学院|人口与劳动经济研究所…主任`): the part before
 * the joiner is an organisation's whole name and then the first field, longer than a joined part may
 * be (joined-organisation.ts), and the whole title runs past a clause-long title. Such a part is
 * still taken back into the title when it is an organisation's name (ending in its word:
 * `ORGANISATION_ENDS`, 中心, 学院) followed by a field of `MIN_FIELD_LENGTH` to `MAX_FIELD_LENGTH`
 * characters, and the whole title is at most `MAX_FIELDED_TITLE_LENGTH` (session 35, rmrb36: the
 * sixth audit's two titles cut at 与).
 */
export const MIN_FIELD_LENGTH = 2;
/** Longest field before the joiner (`标准` 2, `人口` 2; `传染病危害` 5). */
export const MAX_FIELD_LENGTH = 6;
/** Shortest organisation's name before the field (`社会科学院` is 5). */
export const MIN_FIELD_OWNER_LENGTH = 4;
/** Longest title so read: 中国社会科学院人口与劳动经济研究所社会保障研究室主任 is 26. */
export const MAX_FIELDED_TITLE_LENGTH = 32;

/** Whether `part` (the text before the joiner) is an organisation's name and then a short field. */
export function isOwnedField(part: string): boolean {
  const chars = Array.from(part);
  for (let field = MIN_FIELD_LENGTH; field <= MAX_FIELD_LENGTH; field++) {
    const owner = chars.slice(0, chars.length - field).join("");
    if (Array.from(owner).length < MIN_FIELD_OWNER_LENGTH) return false;
    if (ORGANISATION_ENDS.some((w) => owner.endsWith(w))) return true;
  }
  return false;
}

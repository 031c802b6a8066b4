import { DESCRIPTION_HEAD_CHARS, DESCRIPTION_HEAD_WORDS } from "./description-words";
import { clauseTitleStart } from "./title-clause";
import { followsNumber } from "./date-part";
import { isOwnedField, MAX_FIELDED_TITLE_LENGTH } from "./joined-field";
import { isOwnedBodyField } from "./owned-joined-part";

/**
 * An organisation whose own name has 和, 与 or 及 in it (中央和国家机关工委, 国家林业和草原局,
 * 风险与应急研究中心, 传染病危害及预防司): the title parser stops at the joining character, so the
 * title came out cut (国家机关工委书记). The part before it is taken back into the title when the
 * sentence shows it is no conjunct of its own:
 * - it is no person's name (`何龙江及区领导陈伟敏`: a name ends at 及);
 * - it is no title or person noun (`市长和市委书记`, `村民和村干部`: two people's descriptions);
 * - it is not a verb that opens the clause (`慰问和…`: the clause reading cuts its openers off);
 * - it is short: at most `MAX_JOINED_PART_LENGTH` characters from the clause start, or else an
 *   organisation's name and a short field (`…检测中心标准|与…`, joined-field.ts);
 * - it is no date or time (`11日晚与…`: it starts right after a number, date-part.ts);
 * - it is no place where something happens or a place beside another (`在北京与…外长`,
 *   `中国和美国总统`): a known place after 在, or before a known place (新疆和田地区 is taken:
 *   田地区 starts no place).
 * `titleEndsAt(end)` says whether a title ends at `end`; `nameEndsAt(end)` whether a name does.
 */
/** Characters that join two parts of one organisation's name. */
export const NAME_JOINERS = "和与及";
/** Longest part taken back before the joiner (国家林业: 4; 传染病危害: 5). */
export const MAX_JOINED_PART_LENGTH = 10;
/** Shortest such part: one character (`县和…`) is an owner, read by the title parser itself. */
export const MIN_JOINED_PART_LENGTH = 2;
/** The preposition that makes a place before the joiner the scene (`在北京与…`). */
const LOCATIVE = "在";
/** Longest known place looked for after the joiner. */
const MAX_PLACE_LENGTH = 6;

export function joinedOrganisationStart(
  chars: readonly string[],
  start: number,
  end: number,
  titleEndsAt: (end: number) => boolean,
  nameEndsAt: (end: number) => boolean,
  places: ReadonlySet<string>,
): number | null {
  const joiner = start - 1;
  if (joiner < 1 || !NAME_JOINERS.includes(chars[joiner]!)) return null;
  const clauseStart = clauseTitleStart(chars, joiner, end);
  const clauseLength = joiner - clauseStart;
  const plain = clauseLength >= MIN_JOINED_PART_LENGTH && clauseLength <= MAX_JOINED_PART_LENGTH ? clauseStart : null;
  // when that part is too long or none, an organisation's name and a field may be (joined-field.ts)
  const reread = plain === null ? clauseTitleStart(chars, joiner, joiner) : null;
  const fielded =
    reread !== null && end - reread <= MAX_FIELDED_TITLE_LENGTH && isOwnedField(chars.slice(reread, joiner).join(""))
      ? reread
      : null;
  const partStart = plain ?? fielded;
  if (partStart === null) return null;
  if (followsNumber(chars, partStart)) return null;
  for (let i = partStart + 1; i <= joiner; i++) if (nameEndsAt(i)) return null;
  if (titleEndsAt(joiner)) return null;
  const part = chars.slice(partStart, joiner).join("");
  // a person noun before the joiner is a conjunct, unless a country's body's first field (owned-joined-part.ts)
  if (
    (DESCRIPTION_HEAD_CHARS.includes(part.at(-1)!) || DESCRIPTION_HEAD_WORDS.some((w) => part.endsWith(w))) &&
    !isOwnedBodyField(part, chars.slice(start, end).join(""), places)
  )
    return null;
  if (places.has(part) && (chars[partStart - 1] === LOCATIVE || startsWithPlace(chars, start, places))) return null;
  return partStart;
}

function startsWithPlace(chars: readonly string[], start: number, places: ReadonlySet<string>): boolean {
  for (let len = 2; len <= MAX_PLACE_LENGTH; len++)
    if (places.has(chars.slice(start, start + len).join(""))) return true;
  return false;
}

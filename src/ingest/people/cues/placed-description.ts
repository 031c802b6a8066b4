import { ADMIN_LEVEL_CHARS, TITLE_UNITS } from "./title-words";

/**
 * A description with the place or body it belongs to in front (`柳林乡青石村村民`, `平安县疾控中心
 * 医师`, `东湖区第一中学学生`) is kept whole, as printed: the person noun at its end says what the
 * person is, the place before it says where, and the spec keeps both. Such a phrase is longer than a
 * bare description, so it is taken only when what stands before its last word ends with an admin
 * level (村, 镇, 县) or a body's unit (中心, 医院, 公司): a run of words before a person noun that
 * does not end so is a clause (`昨天上午又见到老朋友`), not a description.
 */
/** Longest such phrase, in characters (a province, a county, a town, a village and 村民: 17). */
export const MAX_PLACED_DESCRIPTION_LENGTH = 18;
/** Lengths of the person noun at the phrase's end tried (民 alone is no noun; 农民, 种植户, 返乡大学生). */
const NOUN_LENGTHS = [2, 3, 4, 5];
const UNITS = [...TITLE_UNITS].sort((a, b) => b.length - a.length);
/**
 * A hospital's department (`重症医学科`, `胆胰外科`, `儿科`) ends a body like a unit: read here only,
 * not in `TITLE_UNITS`, which the tagger's features read. Session 32 (rmrb16 roles audit): `是…医院
 * 重症医学科医生` after a name was lost, the department too long to go with the noun.
 */
export const DEPARTMENT_END = "科";

/** Whether `phrase` reads as a place or body followed by a person noun that `isNoun` accepts. */
export function isPlacedDescription(phrase: string, isNoun: (noun: string) => boolean): boolean {
  const chars = Array.from(phrase);
  if (chars.length > MAX_PLACED_DESCRIPTION_LENGTH) return false;
  return NOUN_LENGTHS.some((n) => {
    if (chars.length - n < 2) return false;
    const owner = chars.slice(0, -n).join("");
    const ownerEnds =
      ADMIN_LEVEL_CHARS.includes(owner.at(-1)!) ||
      owner.endsWith(DEPARTMENT_END) ||
      UNITS.some((u) => owner.endsWith(u));
    return ownerEnds && isNoun(chars.slice(-n).join(""));
  });
}

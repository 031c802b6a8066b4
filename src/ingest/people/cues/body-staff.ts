import { isPlacedDescription } from "./placed-description";

/**
 * Staff of a body (`蓝天救援队工作人员`, `平安县疾控中心医护人员`): 人员 alone is no description (有关人员,
 * 人员流动), but a field and 人员 after a body's unit or an admin level says whose staff the person is,
 * and the spec keeps the phrase as printed. Read as a placed description (`isPlacedDescription`)
 * whose person noun is a field of `STAFF_FIELD_LENGTH` characters and 人员.
 */
/** The person noun at the end. */
export const STAFF_NOUN = "人员";
/** Characters of the field before 人员 (工作, 医护, 技术). */
export const STAFF_FIELD_LENGTH = 2;

/** Whether `phrase` is a body (or a place with its admin level) followed by a field and 人员. */
export function isBodyStaff(phrase: string): boolean {
  const nounLength = STAFF_FIELD_LENGTH + STAFF_NOUN.length;
  return isPlacedDescription(phrase, (noun) => noun.length === nounLength && noun.endsWith(STAFF_NOUN));
}

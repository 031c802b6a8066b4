/**
 * A description after a name and 是 (`周海涛是南岭大学附属医院心内科医生`) is what the sentence says
 * the person is, so it is read like one in apposition before a name: a place or body in front of
 * the person noun is kept with it, as printed (`isPlacedDescription`), not only the bare
 * description of at most 7 characters, which lost the whole phrase. 也是 (`林秀英也是…护士`) says the
 * same of a second person. Found in the rmrb16 roles audit (session 32): four nurses and doctors
 * introduced so in one article and a villager after his age, all with no role.
 */
/** The copulas read after a name, longest first. */
export const COPULAS: readonly string[] = [
  // session 38 (rmrb50): what a dead person was (`某某生前是一名警察`, `生前是某县公安局…民警`): the
  // 生前 stood between the name and 是, so nothing was read (dev6's gold gives the description)
  "生前是",
  "也是",
  "是",
];

/** Where the description starts when a copula follows the name ending at `nameEnd`, or null. */
export function afterCopula(chars: readonly string[], nameEnd: number): number | null {
  const copula = COPULAS.find((c) => chars.slice(nameEnd, nameEnd + c.length).join("") === c);
  return copula === undefined ? null : nameEnd + copula.length;
}

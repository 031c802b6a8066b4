/**
 * A news agency's short name read as a person (`南岭国通讯社（岭通社）`, `岭通社援引…`): the paper
 * shortens a foreign 通讯社 to its country's character and 通社, and gives the short form in brackets
 * right after the full one. So a "name" ending in 通社, or one ending in 社 that the article prints in
 * brackets right after a 通讯社, is the agency wherever it stands. A given name may end in 社 (建社),
 * so 社 alone says nothing. audit 9: a Central Asian agency.
 */

/** The ending of a 通讯社's short name. */
export const AGENCY_SHORT_ENDING = "通社";
/** What ends the agency's full name, before the bracketed short name. */
export const AGENCY_FULL_ENDING = "通讯社";
/** The last character of a short name given in brackets after the full one. */
export const AGENCY_LAST = "社";

/** Whether `name` is a news agency's short name, by its ending or by `text` giving it after the full name. */
export function namesANewsAgency(text: string, name: string): boolean {
  if (name.endsWith(AGENCY_SHORT_ENDING)) return true;
  if (!name.endsWith(AGENCY_LAST)) return false;
  return [`${AGENCY_FULL_ENDING}（${name}）`, `${AGENCY_FULL_ENDING}(${name})`].some((w) => text.includes(w));
}

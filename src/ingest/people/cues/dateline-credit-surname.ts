import { canBeInName } from "./boundaries";
import { MAX_GIVEN, MIN_GIVEN } from "./name-shape";
import { isCreditNameShaped } from "./credit-surname";

/**
 * Surnames that are also function characters (向, "towards") are kept out of names everywhere
 * (`canBeInName`), where they would start names all over body text (`向大家介绍`). Inside the
 * bracket right after a dateline (`本报某地某月某日电  （甲某、向某某）`) the run is names and 、
 * only, so there 向 is read as the surname it is; without it the whole credit failed and both
 * reporters lost their role (dev8, session 39, rmrb54).
 */
export const DATELINE_CREDIT_SURNAMES = "向";

/** Whether `chars` reads as a name inside a dateline's bracketed credit. */
export function isDatelineCreditNameShaped(chars: readonly string[]): boolean {
  if (isCreditNameShaped(chars)) return true;
  // cheap check first: the first character is one of the function-character surnames
  if (!DATELINE_CREDIT_SURNAMES.includes(chars[0] ?? "")) return false;
  const given = chars.length - 1;
  return given >= MIN_GIVEN && given <= MAX_GIVEN && chars.slice(1).every(canBeInName);
}

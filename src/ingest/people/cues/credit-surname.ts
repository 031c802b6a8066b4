import { isChineseNameShaped, MAX_GIVEN, MIN_GIVEN } from "./name-shape";
import { canBeInName } from "./boundaries";

/**
 * Surnames that are also conjunctions (暨, "and": `…大会暨…论坛`) are left out of the surname list,
 * where they would start names all over body text; right after a reporter's role the run is names
 * and nothing else (`（记者暨某某、王某）`), so there they are read as surnames. Session 38 (rmrb50):
 * dev6's credit of two reporters was lost whole (the first name did not split, so the run was no
 * credit), and the pool's international pages carry such a credit every few hundred articles.
 */
export const CREDIT_ONLY_SURNAMES = "暨";

/** Whether `chars` reads as a name inside a reporter's credit: a name's shape, or a credit-only surname and a given name. */
export function isCreditNameShaped(chars: readonly string[]): boolean {
  if (isChineseNameShaped(chars)) return true;
  if (!CREDIT_ONLY_SURNAMES.includes(chars[0] ?? "")) return false;
  const given = chars.length - 1;
  return given >= MIN_GIVEN && given <= MAX_GIVEN && chars.every(canBeInName);
}

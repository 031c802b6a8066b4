import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";

/**
 * An approval's 经 ("by way of") before a title and its holder (`经某某委员会主席X批准，…`): the title
 * reader, walking back from the name to its clause's start, took the preposition in (`经某某委员会主席`).
 * A 经 cannot be cut wherever it stands (经理, 经济学家, 经销商 open titles and descriptions), so the cut
 * is structural: the 经 opens the clause and a verb of approval follows the name right away. Session 38
 * (rmrb49): dev5's order to staff a hospital.
 */
export const APPROVAL_PREPOSITION = "经";
/** Verbs of approval right after the name (the two-character ones of such sentences). */
export const APPROVAL_VERBS: readonly string[] = ["批准", "同意", "签署", "签发", "授权", "提议", "提名", "决定"];

/**
 * The role from before `nameStart` without the 经 opening its clause when a verb of approval follows
 * the name ending at `nameEnd`, or the role itself.
 */
export function withoutApprovalPreposition(
  chars: readonly string[],
  nameStart: number,
  nameEnd: number,
  role: string,
): string {
  const roleChars = Array.from(role);
  const start = nameStart - roleChars.length;
  if (roleChars.length < 3 || chars[start] !== APPROVAL_PREPOSITION) return role;
  const before = chars[start - 1];
  if (before !== undefined && isHan(before) && !isBoundaryChar(before)) return role;
  const after = chars.slice(nameEnd, nameEnd + 2).join("");
  return APPROVAL_VERBS.includes(after) ? roleChars.slice(1).join("") : role;
}

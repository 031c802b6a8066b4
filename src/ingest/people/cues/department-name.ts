import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { BODY_HEADS, MAX_DEPARTMENT_NAME, OFFICE_CHAR } from "./office-si";

/**
 * A name right after a ministry's department (`某某委外资司|周某来信`, `某某部规划司|高某说`): the
 * department is the person's unit, as a title is, so it vouches for a name the tagger read there
 * (support.ts), if the tagger is as sure of it as of a name after a person noun and the name is no
 * dictionary word. The department has the shape office-si.ts reads: 司 after Han text with no break,
 * a body's head (部, 委, 局, 署, 办) two to six characters before it. Found on fold 2 (session 41,
 * pfr40): a reader's letter signed by a department's official, dropped as unsupported.
 */
/** How sure the tagger must be of the name (the person noun's floor, person-noun-before.ts). */
export const DEPARTMENT_NAME_MIN_PROBABILITY = 0.3;

/** Whether a department's 司 ends right before `at`. */
export function departmentEndsAt(chars: readonly string[], at: number): boolean {
  if (chars[at - 1] !== OFFICE_CHAR) return false;
  for (let k = at - 2; k >= Math.max(0, at - 2 - MAX_DEPARTMENT_NAME); k--) {
    const ch = chars[k]!;
    if (!isHan(ch) || isBoundaryChar(ch)) return false;
    // the department's own name is at least two characters (外资, 规划): 部司 is no department
    if (BODY_HEADS.includes(ch)) return k <= at - 4;
  }
  return false;
}

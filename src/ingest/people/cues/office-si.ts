import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { isChineseNameShaped } from "./name-shape";

/**
 * A ministry's department (司) run into the name after it (`某某部规划司|高某`, `某某委老幼健康司|方某`):
 * 司 is a surname too, so the tagger read `司高某`. The name starts after 司 when the rest is a name
 * of its own (surname-led, 2–3 characters), 司 follows Han text with no break, and a body's head
 * (部, 委, 局, 署, 办) stands close before it in the same run: the department's owner. Found on dev8
 * (session 39, rmrb53); once more in the pool (a health body's department and a name before 介绍).
 */
/** The department character. */
export const OFFICE_CHAR = "司";
/** The heads of the bodies a department belongs to. */
export const BODY_HEADS: readonly string[] = ["部", "委", "局", "署", "办"];
/**
 * How far before 司 the body's head may stand, in characters: the department's own name between
 * them (`养老保险`, `国际合作`) is two to six.
 */
export const MAX_DEPARTMENT_NAME = 6;

/** Where the name [start, end) starts once a department's 司 at its front is taken off. */
export function afterOfficeSi(chars: readonly string[], start: number, end: number): number {
  if (chars[start] !== OFFICE_CHAR || end - start < 3 || end - start > 4) return start;
  if (!isChineseNameShaped(chars.slice(start + 1, end))) return start;
  for (let at = start - 1; at >= Math.max(0, start - 1 - MAX_DEPARTMENT_NAME); at--) {
    const ch = chars[at]!;
    if (!isHan(ch) || isBoundaryChar(ch)) return start;
    // the department's own name is at least two characters (规划, 老幼健康): 部司 is no department
    if (BODY_HEADS.includes(ch)) return at <= start - 3 ? start + 1 : start;
  }
  return start;
}

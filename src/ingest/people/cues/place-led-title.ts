import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { clauseTitleStart } from "./title-clause";

/**
 * A title cut inside a long body's name (`巴基斯坦国立科技大学|中国研究中心主任`, `俄罗斯人民|友谊大学副教授`,
 * `云南怒江傈僳族自治|州副州长`, `中国联|通产品中心总经理`): the title reader stops at the first owner
 * it finds going back (a known place, or two characters before an admin level), which can sit inside
 * the body's name. Where the title so found starts inside a word (a Han character that is no
 * function character before it) and its clause, read back as `clauseTitleStart` reads it (openers
 * such as 会见 left out), opens with a known place (巴基斯坦, 俄罗斯, 云南, 中国), the title is the
 * whole clause: a place at a clause's start is where the body is, and no verb stands between it and
 * the title (a verb before the title would open the clause, `感谢县医院院长`, and the stretch would not
 * start with a place).
 */
/** Longest known place looked for at the clause's start (the title reader's bound too). */
export const MAX_LEADING_PLACE_LENGTH = 6;

/** Where the title starts when it is read to a clause that opens with a known place; null otherwise. */
export function placeLedTitleStart(
  chars: readonly string[],
  start: number,
  end: number,
  places: ReadonlySet<string>,
): number | null {
  const before = chars[start - 1];
  if (before === undefined || !isHan(before) || isBoundaryChar(before)) return null;
  const clause = clauseTitleStart(chars, start, end);
  if (clause >= start) return null;
  for (let len = Math.min(MAX_LEADING_PLACE_LENGTH, start - clause); len >= 2; len--)
    if (places.has(chars.slice(clause, clause + len).join(""))) return clause;
  return null;
}

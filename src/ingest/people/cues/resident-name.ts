/**
 * A name after the community or village the person lives in, joined by 的 (`…街道某某社区的X某某来到`,
 * `某某村的X某某`): the unit's name ends in a word for a place people live in, and what follows 的
 * there is a resident far more often than a thing. It vouches for a name the tagger found there
 * (support.ts), which a single mention the tagger is not sure of would otherwise lose. A span that
 * is a word, starts with one or makes one with the next character (`某某村的路灯|亮起来`) is not
 * vouched for (`nameHoldsWord`, person-noun-before.ts): found on the merged main (audit 8).
 */
/** Words that end a place people live in. */
export const RESIDENCE_HEADS: readonly string[] = ["社区", "小区", "村", "屯", "寨"];
/** The unit's own name before its head: at least this many characters (so that 农村的 is not one). */
export const MIN_UNIT_NAME_LENGTH = 2;

/** Whether `unit + 的` ends right before `start`, the unit's name ending in a residence head. */
export function residentNameAt(chars: readonly string[], start: number): boolean {
  if (chars[start - 1] !== "的") return false;
  const before = chars.slice(0, start - 1).join("");
  return RESIDENCE_HEADS.some((head) => {
    if (!before.endsWith(head)) return false;
    const unit = Array.from(before.slice(0, before.length - head.length)).slice(-MIN_UNIT_NAME_LENGTH);
    return unit.length === MIN_UNIT_NAME_LENGTH && unit.every((c) => /\p{Script=Han}/u.test(c)) && !unit.includes("的");
  });
}

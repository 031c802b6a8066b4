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

/**
 * How much of the text before 的 the test reads, in UTF-16 units: the longest head, the unit's name's
 * last MIN_UNIT_NAME_LENGTH characters (two units each at most) and one unit more, so that a
 * character cut in half at the window's start is never one of them.
 */
const BEFORE_LENGTH = Math.max(...RESIDENCE_HEADS.map((h) => h.length)) + 2 * MIN_UNIT_NAME_LENGTH + 1;

/**
 * The text of `chars` before `end`, joined backwards only until it holds `length` UTF-16 units (or
 * the whole text before `end` when that is shorter): its last `length` units are those of the whole.
 */
export function textEndingAt(chars: readonly string[], end: number, length: number): string {
  let text = "";
  for (let at = end - 1; at >= 0 && text.length < length; at--) text = chars[at]! + text;
  return text;
}

/** Whether `unit + 的` ends right before `start`, the unit's name ending in a residence head. */
export function residentNameAt(chars: readonly string[], start: number): boolean {
  if (chars[start - 1] !== "的") return false;
  const before = textEndingAt(chars, start - 1, BEFORE_LENGTH);
  return RESIDENCE_HEADS.some((head) => {
    if (!before.endsWith(head)) return false;
    const unit = Array.from(before.slice(0, before.length - head.length)).slice(-MIN_UNIT_NAME_LENGTH);
    return unit.length === MIN_UNIT_NAME_LENGTH && unit.every((c) => /\p{Script=Han}/u.test(c)) && !unit.includes("的");
  });
}

import { isBoundaryChar } from "./boundaries";

/**
 * A minister in Japan or Korea is printed as the field and 相 (`文化相`, `外务相`, `防卫相`) or the
 * ministry and 相 (`外务省副相`). 相 alone is no title head (互相, 真相, 亮相), so the post is read
 * only in this shape: a field of two Han characters, or a ministry of a few characters and 省, then
 * 副 or nothing, then 相, starting where a clause or a list item starts (or after a known place:
 * `日本防卫相`). Common words ending in 相 are not fields.
 */
/** Longest ministry name before 省 (厚生劳动省: 4). */
export const MAX_MINISTRY_LENGTH = 4;
/** Length of a field before 相 (文化, 外务, 防卫). */
export const FIELD_LENGTH = 2;
/** Words ending in 相 that are no minister's post (`，互相`, `，亮相`); the first character before 相. */
export const NOT_FIELD_ENDS = ["互", "真", "长", "照", "亮", "变", "竞", "争", "首", "宰", "丞", "扮", "本", "色"];
/** Longest known place looked for before the post. */
export const MAX_PLACE_LENGTH = 4;
const MINISTRY = "省";
const DEPUTY = "副";
const POST = "相";

/** Where a minister's post ending at `end` starts, or null when none ends there. */
export function ministerTitleStart(
  chars: readonly string[],
  end: number,
  places: ReadonlySet<string> = new Set(),
): number | null {
  if (chars[end - 1] !== POST) return null;
  let at = end - 1;
  if (chars[at - 1] === DEPUTY) at--;
  // the post's start: where a clause or list item starts, or the known place before it (taken in)
  const startsHere = (start: number): number | null => {
    if (isBoundaryChar(chars[start - 1])) return start;
    for (let len = MAX_PLACE_LENGTH; len >= 2; len--)
      if (start - len >= 0 && places.has(chars.slice(start - len, start).join(""))) return start - len;
    return null;
  };
  const isHanRun = (from: number, to: number) =>
    from >= 0 && chars.slice(from, to).every((ch) => /\p{Script=Han}/u.test(ch) && !isBoundaryChar(ch));
  if (chars[at - 1] === MINISTRY) {
    for (let len = 2; len <= MAX_MINISTRY_LENGTH; len++) {
      const start = at - 1 - len;
      if (!isHanRun(start, at - 1)) break;
      const whole = startsHere(start);
      if (whole !== null) return whole;
    }
    return null;
  }
  const start = at - FIELD_LENGTH;
  if (!isHanRun(start, at) || NOT_FIELD_ENDS.includes(chars[at - 1]!)) return null;
  return startsHere(start);
}

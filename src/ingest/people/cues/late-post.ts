import { isHan } from "@/text/char-class";

/**
 * The post of someone who has died, given in the sentence that introduces them (`文建明，1963年生，
 * 1987年7月加入中国共产党，生前系四川省南充市营山县委常委、城南镇党委书记。`): the paper's obituaries
 * and its series of martyrs write the person's post after 生前系 / 生前是, far from the name, so no
 * title reading next to the name finds it. The name must open the sentence, followed by a comma;
 * no other person may be named before the marker in that sentence; the post runs to the next
 * comma or full stop, a 、 list being several posts.
 */
export const LATE_POST_MARKERS: readonly string[] = ["生前系", "生前是", "生前任"];
/** Furthest the marker may stand from the name, in characters. */
export const MAX_LATE_POST_DISTANCE = 60;
/** Longest post read after the marker (原第二炮兵工程大学士官职业技术教育学院副营职参谋: 24). */
export const MAX_LATE_POST_LENGTH = 30;

const SENTENCE_END = "。！？；\n";
const POST_END = "，。；！？（\n";

/** The posts given after 生前系 in the sentence a name ending at `nameEnd` opens; [] when none. */
export function latePostsAfter(
  chars: readonly string[],
  nameEnd: number,
  namedBetween: (from: number, to: number) => boolean,
): string[] {
  if (chars[nameEnd] !== "，") return [];
  for (let at = nameEnd + 1; at < chars.length && at - nameEnd <= MAX_LATE_POST_DISTANCE; at++) {
    if (SENTENCE_END.includes(chars[at]!)) return [];
    const marker = LATE_POST_MARKERS.find((m) => chars.slice(at, at + m.length).join("") === m);
    if (marker === undefined) continue;
    if (namedBetween(nameEnd, at)) return [];
    const start = at + marker.length;
    let end = start;
    while (end < chars.length && !POST_END.includes(chars[end]!)) end++;
    if (end - start > MAX_LATE_POST_LENGTH) return [];
    const posts = chars.slice(start, end).join("").split("、");
    return posts.every((p) => p.length >= 2 && Array.from(p).every(isHan)) ? posts : [];
  }
  return [];
}

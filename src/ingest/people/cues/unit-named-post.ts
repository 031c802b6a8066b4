/**
 * A post named after its unit (`建设指挥部指挥长`, `抢险突击队突击长`): the unit's own word and 长, right
 * after the unit. Such heads are too many to list (指挥长 is no title head, and 挥长 no word), so the
 * post is read where its unit's word repeats before it, and the title starts where the unit's plain
 * post (部长, 队长: the unit's last character and 长) would start, organisation and owner included.
 */
/** Unit characters whose post is named so (指挥部, 突击队, 工作站, 研究所, 办公室, 领导小组). */
export const NAMED_UNIT_CHARS = ["部", "队", "站", "所", "处", "组", "室"];
/**
 * Shortest and longest unit word repeated in the post (指挥 of 指挥部指挥长): one character repeats
 * by chance (`指挥部|挥长`).
 */
export const MIN_UNIT_WORD = 2;
export const MAX_UNIT_WORD = 3;
const POST = "长";

/**
 * Where a unit-named post ending at `end` starts, read by `titleStart` as the unit's plain post
 * would be; null when none ends there.
 */
export function unitNamedPostStart(
  chars: readonly string[],
  end: number,
  titleStart: (chars: readonly string[], end: number) => number | null,
): number | null {
  if (chars[end - 1] !== POST) return null;
  for (let len = MAX_UNIT_WORD; len >= MIN_UNIT_WORD; len--) {
    const postStart = end - 1 - len;
    const unitChar = chars[postStart - 1];
    const unitStart = postStart - 1 - len;
    if (unitStart < 0 || unitChar === undefined || !NAMED_UNIT_CHARS.includes(unitChar)) continue;
    let repeats = true;
    for (let k = 0; k < len; k++) {
      const ch = chars[postStart + k]!;
      if (ch !== chars[unitStart + k] || !/\p{Script=Han}/u.test(ch)) repeats = false;
    }
    if (!repeats) continue;
    // the unit's plain post (指挥部|部长) in place of the named one
    const plain = [...chars.slice(0, postStart), unitChar, POST];
    const start = titleStart(plain, plain.length);
    if (start !== null && start < postStart) return start;
  }
  return null;
}

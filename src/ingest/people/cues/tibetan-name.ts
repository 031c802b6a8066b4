/**
 * Tibetan names (次仁多吉, 洛桑顿珠, 索朗旺堆) have no surname: a name is two of a small set of
 * two-character parts, each a word of blessing (次仁 long life, 多吉 vajra, 顿珠 accomplished). The
 * Chinese-name shape (surname + given name) misses them, and the tagger, trained on a month with few
 * of them, cuts them in two (索朗|罗布). Four characters made of two such parts are one name.
 */
export const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set(
  (
    "次仁 扎西 多吉 多杰 洛桑 顿珠 平措 罗布 格桑 卓玛 央金 拉姆 达瓦 达娃 尼玛 普布 旦增 丹增 索朗 群培 " +
    "白玛 拉巴 巴桑 边巴 次旦 德吉 曲珍 措姆 益西 嘉措 加措 强巴 阿旺 贡嘎 朗杰 欧珠 桑珠 旺堆 旺姆 次珠 " +
    "土登 赤列 仁青 仁增 琼达 巴珠 玉珍 卓嘎 德庆 央宗 坚参 坚赞 晋美 米玛 桑杰 斯朗 才旦 才让 贡布 伦珠 " +
    "旺久 群宗 平措 顿珠 尼珠 索南 拉珍 边珍 次央 普琼 旺杰 次仁 罗桑 格列 尼玛 达杰 扎巴 登巴 " +
    "南杰 泽仁 泽旺 措吉 卓嘎 拉巴 桑旦 旦巴 洛珠 顿玉 次平 尼扎 曲扎 白珍 德央 仓决 次措 拉宗"
  ).split(" "),
);
/** Parts a name has: two (次仁多吉); one part alone is as often a word or a place (尼玛县). */
export const TIBETAN_NAME_PARTS_COUNT = 2;
const PART_LENGTH = 2;

/** The parts by their first character: a part is looked up without building its string. */
const PART_ENDS = new Map<string, Set<string>>();
for (const part of TIBETAN_NAME_PARTS) {
  const [first, second] = Array.from(part);
  if (!PART_ENDS.has(first!)) PART_ENDS.set(first!, new Set());
  PART_ENDS.get(first!)!.add(second!);
}

/** Whether `chars` has a part at `at` (this runs at every character of every text the people pass reads). */
function partAt(chars: readonly string[], at: number): boolean {
  return PART_ENDS.get(chars[at]!)?.has(chars[at + 1]!) === true;
}

/** Whether the characters from `start` are a Tibetan name: two known parts. */
function nameAt(chars: readonly string[], start: number): boolean {
  for (let part = 0; part < TIBETAN_NAME_PARTS_COUNT; part++)
    if (!partAt(chars, start + part * PART_LENGTH)) return false;
  return true;
}

/** Whether the characters are a Tibetan name: two known parts. */
export function isTibetanName(chars: readonly string[]): boolean {
  return chars.length === TIBETAN_NAME_PARTS_COUNT * PART_LENGTH && nameAt(chars, 0);
}

/** Where Tibetan names stand in a text: every run of two parts. */
export function tibetanNames(chars: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const length = TIBETAN_NAME_PARTS_COUNT * PART_LENGTH;
  for (let start = 0; start + length <= chars.length; start++) {
    if (nameAt(chars, start)) {
      out.push({ start, end: start + length });
      start += length - 1;
    }
  }
  return out;
}

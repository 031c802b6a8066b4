/**
 * A dynasty or an era written right before a name (`明朝洪某某`, `唐朝著名诗人李某`) says when the
 * person lived, as a country says where: it is not part of the name. The tagger, trained on news,
 * glues the dynasty to the name (`明朝洪|应明`) or takes the dynasty itself for a name (唐朝). So a
 * dynasty word is cut off the front of a tagger name and is never a name itself (tagger-slips.ts).
 * Tried and left out: a name slot after the dynasty (`清朝|季世` is a time, not a person; days 16–20
 * gained no name, days 1–20 one false name). Days 16–20 (model of days 1–15): F1 0.9589 → 0.9594
 * (FP 58 → 56: 唐朝, 明朝洪); days 1–20 (shipped model) and 169 unannotated rmrb-web articles unchanged.
 */
/** The dynasties and eras, with 朝 or 代 (唐朝, 宋代) or written alone before a name when two characters. */
const DYNASTY_STEMS = "夏商周秦汉晋隋唐宋元明清";
/** Two-character dynasties and eras, written without 朝 or 代 (北宋苏某, 东汉张某). */
const TWO_CHARACTER_ERAS: readonly string[] = [
  "西周",
  "东周",
  "春秋",
  "战国",
  "西汉",
  "东汉",
  "三国",
  "西晋",
  "东晋",
  "北魏",
  "五代",
  "北宋",
  "南宋",
];
/** What follows a one-character dynasty's name: 朝 (唐朝) or 代 (宋代). */
const DYNASTY_ENDS = "朝代";

/** The dynasty word that ends at `at` (right before a name), if one does: 唐朝, 宋代, 北宋. */
export function dynastyEndingAt(chars: readonly string[], at: number): string | null {
  if (at < 2) return null;
  const two = `${chars[at - 2]}${chars[at - 1]}`;
  if (DYNASTY_STEMS.includes(chars[at - 2]!) && DYNASTY_ENDS.includes(chars[at - 1]!)) return two;
  return TWO_CHARACTER_ERAS.includes(two) ? two : null;
}

/** Whether the name is only a dynasty word (唐朝, 北宋). */
export function isDynasty(name: string): boolean {
  const chars = Array.from(name);
  return chars.length === 2 && dynastyEndingAt(chars, 2) !== null;
}

/** How many characters of a dynasty word start the name (明朝|洪应明: 2), or 0. */
export function leadingDynasty(chars: readonly string[], start: number, end: number): number {
  return end - start > 2 && dynastyEndingAt(chars, start + 2) !== null ? 2 : 0;
}

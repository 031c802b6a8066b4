/**
 * A reader's signature in brackets at the end of a paragraph: a place or a unit, then the name(s),
 * then `）` (`（江苏某县石某某）`, `（某市交通局甲某某乙某某）`, `（某省调查队宗某）`). The tagger held
 * such names on its path, but nothing listed stands before them, so the support check dropped those
 * it was less than 0.9 sure of (support.ts). On the four folds of dev (scripts/people/README.md,
 * session 36) the structure held 11 true names the check dropped and no false one: the false names
 * in closing brackets are cuts after a surname (`（柯|远山）`), not names after a unit.
 *
 * The name vouched for, with the names run on before and after it (a list of writers printed without
 * a separator), must fill the bracket from a unit's last character (`UNIT_ENDS`, or a known place) to
 * its `）`, which closes the paragraph; the bracket opens at most `MAX_SIGNATURE_CHARS` before.
 */
/** Last characters of a place or a unit (省 市 县 …, 局 行 队 厂 …) that a signature's name follows. */
export const UNIT_ENDS = "省市县区州旗乡镇村路街局行队厂所院站部委办社司校处科室";
/** How far before the first name the bracket may open: a unit's name with its places. */
export const MAX_SIGNATURE_CHARS = 24;
/** Lengths of a known place that may end right before the names (北京, 哈尔滨). */
const PLACE_LENGTHS = [4, 3, 2] as const;

interface Span {
  start: number;
  end: number;
}

/**
 * Whether the mention [start, end) stands in a bracketed signature (see above). `mentions` are the
 * text's names (the mention itself among them); `isPlace` tells a known place.
 */
export function isBracketedSignatureName(
  chars: readonly string[],
  start: number,
  end: number,
  mentions: readonly Span[],
  isPlace: (w: string) => boolean,
): boolean {
  let first = start;
  for (let o = mentions.find((n) => n.end === first); o !== undefined; o = mentions.find((n) => n.end === first))
    first = o.start;
  let last = end;
  for (let o = mentions.find((n) => n.start === last); o !== undefined; o = mentions.find((n) => n.start === last))
    last = o.end;
  if (chars[last] !== "）" || !chars.slice(last + 1).every((c) => c.trim() === "")) return false;
  const open = chars.lastIndexOf("（", first - 1);
  if (open < 0 || first - open - 1 > MAX_SIGNATURE_CHARS || open + 1 >= first) return false;
  if (chars.slice(open + 1, first).some((c) => "（）。，、；：".includes(c))) return false;
  if (UNIT_ENDS.includes(chars[first - 1]!)) return true;
  return PLACE_LENGTHS.some((n) => first - n > open && isPlace(chars.slice(first - n, first).join("")));
}

/**
 * A heading's closing bracket holds the column's label (`好诗词蕴藉高尚情操（名师谈艺）`,
 * `…（新春走基层·脱贫攻坚一线见闻）`, `（今日谈）`), not a name: a "name" the tagger finds inside
 * such a label (谈艺) is a word of it. A name that fills the whole bracket stays (it may be the
 * subject's name set apart).
 */
/** Longest label read, in characters: a longer closing bracket is a clause, not a column's name. */
export const MAX_COLUMN_LABEL_LENGTH = 20;

/** The span [start, end) of the label inside a heading's closing bracket, or null when it has none. */
export function columnLabelSpan(chars: readonly string[]): { start: number; end: number } | null {
  let end = chars.length;
  while (end > 0 && chars[end - 1]!.trim() === "") end--;
  if (chars[end - 1] !== "）") return null;
  const open = chars.lastIndexOf("（", end - 1);
  if (open < 0 || end - 1 - (open + 1) > MAX_COLUMN_LABEL_LENGTH || chars.slice(open + 1, end - 1).includes("）"))
    return null;
  return { start: open + 1, end: end - 1 };
}

/** Whether the mention [start, end) lies inside the heading's column label without filling it. */
export function isInsideColumnLabel(chars: readonly string[], start: number, end: number): boolean {
  const label = columnLabelSpan(chars);
  if (label === null || start < label.start || end > label.end) return false;
  return start !== label.start || end !== label.end;
}

/**
 * A "name" followed by a place or organisation suffix is the first part of a place (丰田村, 王府井
 * 街, 周庄镇) — a person's name is not followed by 村 or 路. Titles that start with such a character
 * (村长, 镇长, 馆长) are checked first: 王村长 is a person.
 */
export const PLACE_SUFFIXES = "村镇乡县区省路街园港湾岛桥寺庙楼馆";
const TITLE_WITH_SUFFIX_CHAR = /^(?:村长|村支书|村委|镇长|乡长|县长|县委|区长|区委|省长|省委|园长|馆长|港务|楼主)/u;

export function isFollowedByPlaceSuffix(chars: readonly string[], end: number): boolean {
  const next = chars[end];
  if (next === undefined || !PLACE_SUFFIXES.includes(next)) return false;
  return !TITLE_WITH_SUFFIX_CHAR.test(chars.slice(end, end + 3).join(""));
}

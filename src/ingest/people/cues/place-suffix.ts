/**
 * A "name" followed by a place or organisation suffix is the first part of a place (丰田村, 王府井
 * 街, 周庄镇) — a person's name is not followed by 村 or 路. Titles that start with such a character
 * (村长, 镇长, 馆长) are checked first: 王村长 is a person.
 */
export const PLACE_SUFFIXES = "村镇乡县区省市路街园港湾岛桥寺庙楼馆峰";
/** Titles written after a name that start with a suffix character: 王村长, 张市长 (but 岳阳市委 is a place). */
const TITLE_WITH_SUFFIX_CHAR = /^(?:村长|村支书|镇长|乡长|县长|区长|省长|市长|园长|馆长|楼主)/u;

export function isFollowedByPlaceSuffix(chars: readonly string[], end: number): boolean {
  const next = chars[end];
  if (next === undefined || !PLACE_SUFFIXES.includes(next)) return false;
  return !TITLE_WITH_SUFFIX_CHAR.test(chars.slice(end, end + 3).join(""));
}

import { ADMIN_LEVEL_CHARS } from "../people/cues/title-words";

/**
 * One person's titles read alike across articles: an article that has already named the county
 * writes 县卫生健康局局长 where another writes 平安县卫生健康局局长. On the person page both are the
 * longer form. A title becomes a longer title of the same person that ends with it when what the
 * longer one adds is the owner of the title's place: the added part ends in an admin level
 * (平安县|卫生健康局局长) or the title starts with one (平安|县委书记). What a vaguer title leaves out
 * is not guessed (局长 stays 局长 beside 平安县卫生健康局局长: 局 alone names no place), and nothing
 * changes when the longer forms disagree (平安县委书记 and 安平县委书记: two counties).
 */
/** Longest owner a title gains (中共平安县 is 5; a longer run is more than a place). */
export const MAX_OWNER_LENGTH = 8;

/** Each title of `titles` (one person's, across articles) mapped to the form the page shows. */
export function harmoniseTitles(titles: Iterable<string>): Map<string, string> {
  const distinct = [...new Set(titles)];
  const result = new Map<string, string>();
  for (const title of distinct) {
    const longer = distinct.filter((other) => other !== title && ownsPlaceOf(other, title));
    const longest = longer.reduce<string | null>((a, b) => (a === null || b.length > a.length ? b : a), null);
    const agree = longest !== null && longer.every((other) => longest.endsWith(other));
    result.set(title, agree ? longest : title);
  }
  return result;
}

/** Does `longer` say whose place `title` is, and nothing else? */
function ownsPlaceOf(longer: string, title: string): boolean {
  if (!longer.endsWith(title)) return false;
  const owner = longer.slice(0, longer.length - title.length);
  if (owner.length > MAX_OWNER_LENGTH) return false;
  return ADMIN_LEVEL_CHARS.includes(title[0]!) || ADMIN_LEVEL_CHARS.includes(owner.at(-1)!);
}

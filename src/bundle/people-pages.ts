/**
 * How the people index is paged, shared by the build (which says it in the people directory) and
 * the app. A newsroom's index fits on one page with an A–Z bar of anchors; an archive's does not (a
 * month of People's Daily names 8,646 people: one page was 2.3 MB of HTML, Lighthouse TBT 570 ms on
 * a phone). Above the threshold each letter gets a page of its own.
 */

/** Up to this many people, one page lists everyone (about 160 kB of HTML). */
export const ONE_PAGE_MAX_PEOPLE = 600;

export function isPagedByLetter(peopleCount: number): boolean {
  return peopleCount > ONE_PAGE_MAX_PEOPLE;
}

/** On the paged index page: how many of the most mentioned people it lists (the index file holds them). */
export const MOST_MENTIONED_COUNT = 60;

/** The letters names file under, in the index's order: A–Z, then `#` for names with no Latin letter. */
export const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"] as const;

/** The people most often in the news, most articles first; ties keep the index's pinyin order. */
export function mostMentioned<T extends { articleCount: number }>(
  people: readonly T[],
  count = MOST_MENTIONED_COUNT,
): T[] {
  return people
    .map((person, order) => ({ person, order }))
    .sort((a, b) => b.person.articleCount - a.person.articleCount || a.order - b.order)
    .slice(0, count)
    .map(({ person }) => person);
}

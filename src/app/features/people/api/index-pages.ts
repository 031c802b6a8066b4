import type { PersonSummary } from "@/bundle/schema";

/**
 * How the people index is paged. A newsroom's index fits on one page with an A–Z bar of anchors;
 * an archive's does not (a month of People's Daily names 8,646 people: one page was 2.3 MB of
 * HTML, Lighthouse TBT 570 ms on a phone). Above the threshold each letter gets a page of its own,
 * and the index page shows the letters and the people most often in the news.
 */
export { isPagedByLetter, ONE_PAGE_MAX_PEOPLE } from "@/bundle/people-pages";

/** On the paged index page: how many of the most mentioned people it lists. */
export const MOST_MENTIONED_COUNT = 60;
/** On a paged index, a filter lists at most this many people (type more to narrow it). */
export const MAX_FILTERED_SHOWN = 200;

export const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"] as const;

/** A letter as a URL segment: `a` … `z`, and `other` for names that file under `#`. */
export function letterSlug(letter: string): string {
  return letter === "#" ? "other" : letter.toLowerCase();
}

/** The letter a URL segment names, or null when it names none. */
export function letterOfSlug(slug: string): string | null {
  const letter = slug === "other" ? "#" : slug.toUpperCase();
  return (LETTERS as readonly string[]).includes(letter) && slug === letterSlug(letter) ? letter : null;
}

/** The people most often in the news, most articles first; ties keep the index's pinyin order. */
export function mostMentioned(people: readonly PersonSummary[], count = MOST_MENTIONED_COUNT): PersonSummary[] {
  return people
    .map((person, order) => ({ person, order }))
    .sort((a, b) => b.person.articleCount - a.person.articleCount || a.order - b.order)
    .slice(0, count)
    .map(({ person }) => person);
}

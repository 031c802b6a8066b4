import { LETTERS } from "@/bundle/people-pages";

/**
 * How the people index is paged. A newsroom's index fits on one page with an A–Z bar of anchors;
 * an archive's does not (a month of People's Daily names 8,646 people: one page was 2.3 MB of
 * HTML, Lighthouse TBT 570 ms on a phone). Above the threshold each letter gets a page of its own,
 * and the index page shows the letters and the people most often in the news.
 */
export {
  isPagedByLetter,
  LETTERS,
  MOST_MENTIONED_COUNT,
  mostMentioned,
  ONE_PAGE_MAX_PEOPLE,
} from "@/bundle/people-pages";

/** On a paged index, a filter lists at most this many people (type more to narrow it). */
export const MAX_FILTERED_SHOWN = 200;

/** A letter as a URL segment: `a` … `z`, and `other` for names that file under `#`. */
export function letterSlug(letter: string): string {
  return letter === "#" ? "other" : letter.toLowerCase();
}

/** The letter a URL segment names, or null when it names none. */
export function letterOfSlug(slug: string): string | null {
  const letter = slug === "other" ? "#" : slug.toUpperCase();
  return (LETTERS as readonly string[]).includes(letter) && slug === letterSlug(letter) ? letter : null;
}

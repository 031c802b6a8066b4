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

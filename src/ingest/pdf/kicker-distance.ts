import { bottom } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * A kicker (引题) is set close above its title; a page banner (a section's slogan set in a bar
 * across the page, `认真学习宣传贯彻…精神`, or a series' label over a story) may stand above a
 * headline within the distance that stacks a headline's lines, but much farther from it than any
 * kicker. A smaller line that far above a larger one is not its kicker: it heads no article, and
 * as a headline that owns no text it becomes the page's banner furniture. Real pages: kickers at
 * most 1.8 of their own ems above the title (most at 0.6–0.8), banners 3.2 and 3.6.
 */
/** A kicker stands at most this many of its own ems above its title. */
export const KICKER_MAX_GAP_EMS = 2.5;

/** Whether `upper`, set smaller and standing above `lower`, is too far above it to be its kicker. */
export function tooFarForKicker(upper: PageLine, lower: PageLine): boolean {
  if (upper.vertical || lower.vertical || upper.size >= 0.95 * lower.size) return false;
  const gap = lower.box.y - bottom(upper.box);
  return gap > KICKER_MAX_GAP_EMS * upper.size;
}

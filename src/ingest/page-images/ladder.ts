/**
 * The widths a page image and a photo crop are drawn at: a small ladder (a `srcset`) so a phone
 * fetches a narrow rendition and a zoomed desktop a wide one — no tile server. A rung is left out
 * when it is wider than what the page warrants: text and rules are sharp at any size, so a page's
 * limit is its print resolution (`PRINT_DPI`); a scanned page (one image over most of the page)
 * has nothing finer than its scan, so its limit is the scan's own pixel width.
 */

/**
 * The page image's rungs, in pixels: a phone's 1×, a phone's page at 1.75–2× (720: Lighthouse's
 * phone, 412 CSS px at 1.75, fills 665 px; a 360 px phone at 2×, 656 px), a desktop page, a
 * desktop zoom. Without 720 those phones took the 960 rendition, ~1.8× the bytes of the first view.
 */
export const PAGE_WIDTHS: readonly number[] = [480, 720, 960, 1600, 2400];
/** A photo crop's rungs: an article shows a photo at most a column of text wide (2× for sharp screens). */
export const PHOTO_WIDTHS: readonly number[] = [320, 640, 960];
/** Newsprint plates are made at about 300 dpi: wider than that shows nothing new. */
export const PRINT_DPI = 300;
/** An image covering this share of the page is the page (a scan): its pixels are all there is. */
export const SCAN_COVER = 0.8;
/** A scan coarser than this is still drawn this wide: a page narrower than a phone's screen is no page to read. */
export const MIN_PAGE_WIDTH = 480;
/** A limit between two rungs becomes a rendition only when this much wider than the rung below it. */
export const MIN_STEP = 1.25;
const POINTS_PER_INCH = 72;

/** The pixel width above which a page shows nothing new: its print resolution, or its scan's (at least `MIN_PAGE_WIDTH`). */
export function pageLimit(pageWidthPt: number, scanWidthPx: number | null): number {
  const print = Math.round((pageWidthPt / POINTS_PER_INCH) * PRINT_DPI);
  return Math.max(MIN_PAGE_WIDTH, scanWidthPx === null ? print : Math.min(print, Math.round(scanWidthPx)));
}

/**
 * The rungs of `widths` (ascending) up to `limit`, narrowest first. A limit between two rungs
 * becomes the last rendition when it is `MIN_STEP` wider than the rung below (so the finest detail
 * is still drawn); a limit below the first rung gives one rendition at the limit.
 */
export function ladder(widths: readonly number[], limit: number): number[] {
  const max = Math.max(1, Math.floor(limit));
  const rungs = widths.filter((w) => w <= max);
  const last = rungs.at(-1);
  if (last === undefined) return [max];
  if (rungs.length < widths.length && max >= last * MIN_STEP) rungs.push(max);
  return rungs;
}

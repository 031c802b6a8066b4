import { area, containsPoint, type Rect } from "./geometry";

/**
 * Which of the images a page draws are photos (or charts) of an article, with a place in its
 * region and maybe a caption. Not photos: rules and ornaments (small), backgrounds (a tint under a
 * headline band or a whole article: printed lines stand on it), and column logos and section
 * banners (思想纵横, 新知新觉: low and wide).
 */
/** Images smaller than this many body ems on a side are rules and ornaments, not photos. */
export const MIN_PHOTO_EMS = 3;
/** An image covering this share of the page is a background, not a photo. */
export const MAX_PHOTO_SHARE = 0.5;
/** An image with this many printed lines standing on it is a background tint. */
export const BACKGROUND_LINES = 3;
/** A logo or banner: at most this many body ems high and at least this many times wider than high. */
export const LOGO_MAX_EMS = 8;
export const LOGO_MIN_ASPECT = 2.5;

export function photoImages(
  images: readonly Rect[],
  lines: readonly { box: Rect }[],
  page: { width: number; height: number },
  bodySize: number,
): Rect[] {
  const clipped = images.flatMap((r) => {
    // Only what lies on the page is printed: a photo bled off the edge is cut there.
    const x = Math.max(0, r.x);
    const y = Math.max(0, r.y);
    const w = Math.min(page.width, r.x + r.w) - x;
    const h = Math.min(page.height, r.y + r.h) - y;
    return w > 0 && h > 0 ? [{ x, y, w, h }] : [];
  });
  return clipped.filter((r) => {
    if (r.w < MIN_PHOTO_EMS * bodySize || r.h < MIN_PHOTO_EMS * bodySize) return false;
    if (area(r) > MAX_PHOTO_SHARE * page.width * page.height) return false;
    if (r.h <= LOGO_MAX_EMS * bodySize && r.w >= LOGO_MIN_ASPECT * r.h) return false;
    const standing = lines.filter((l) => containsPoint(r, l.box.x + l.box.w / 2, l.box.y + l.box.h / 2)).length;
    return standing < BACKGROUND_LINES;
  });
}

import type { PageBox } from "@/bundle/schema";

/**
 * Where an article stands on its page image. Boxes are in PDF points from the page's top-left
 * corner; the image is the page drawn at some width, so a box maps onto it by `image width / pdf
 * width`. As fractions of the page (0–1), the same numbers serve every rendition and every zoom.
 */
export interface PageSize {
  width: number;
  height: number;
}

export interface Fractions {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** A box as fractions of the page, cut to the page (a box that bleeds off the edge stays on it). */
export function boxFractions([x, y, w, h]: PageBox, page: PageSize): Fractions {
  const left = clamp01(x / page.width);
  const top = clamp01(y / page.height);
  return {
    left,
    top,
    width: clamp01((x + w) / page.width) - left,
    height: clamp01((y + h) / page.height) - top,
  };
}

/** The rectangle around all of an article's boxes, as fractions of the page; null without boxes. */
export function regionBounds(boxes: readonly PageBox[], page: PageSize): Fractions | null {
  const parts = boxes.map((box) => boxFractions(box, page)).filter((f) => f.width > 0 && f.height > 0);
  if (parts.length === 0) return null;
  const left = Math.min(...parts.map((f) => f.left));
  const top = Math.min(...parts.map((f) => f.top));
  const right = Math.max(...parts.map((f) => f.left + f.width));
  const bottom = Math.max(...parts.map((f) => f.top + f.height));
  return { left, top, width: right - left, height: bottom - top };
}

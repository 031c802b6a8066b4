import type { PageBox } from "@/bundle/schema";

/** A region of a rendered page in whole pixels (sharp's `extract`). */
export interface PixelRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Maps a box in PDF points (from the page's top-left corner, like every box in the bundle) onto a
 * rendering drawn at `scale` pixels per point and `width` × `height` pixels: widened outwards to
 * whole pixels (a photo keeps its edge pixels), clamped to the rendering. Null when nothing of the
 * box is on the page.
 */
export function cropPixels(box: PageBox, scale: number, width: number, height: number): PixelRegion | null {
  const [x, y, w, h] = box;
  const left = Math.max(0, Math.floor(x * scale));
  const top = Math.max(0, Math.floor(y * scale));
  const right = Math.min(width, Math.ceil((x + w) * scale));
  const bottom = Math.min(height, Math.ceil((y + h) * scale));
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

import type { PageBox } from "@/bundle/schema";

/** A rectangle in PDF points from the page's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function right(r: Rect): number {
  return r.x + r.w;
}

export function bottom(r: Rect): number {
  return r.y + r.h;
}

/** The smallest rectangle holding all the given ones. */
export function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, w: Math.max(...rects.map(right)) - x, h: Math.max(...rects.map(bottom)) - y };
}

/** Length of the overlap of [a0, a1] and [b0, b1] (0 when apart). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

export function horizontalOverlap(a: Rect, b: Rect): number {
  return overlap(a.x, right(a), b.x, right(b));
}

export function verticalOverlap(a: Rect, b: Rect): number {
  return overlap(a.y, bottom(a), b.y, bottom(b));
}

export function area(r: Rect): number {
  return Math.max(0, r.w) * Math.max(0, r.h);
}

export function intersectionArea(a: Rect, b: Rect): number {
  return horizontalOverlap(a, b) * verticalOverlap(a, b);
}

/** Whether the point lies in the rectangle (edges included, with a tolerance in points). */
export function containsPoint(r: Rect, px: number, py: number, tolerance = 0): boolean {
  return px >= r.x - tolerance && px <= right(r) + tolerance && py >= r.y - tolerance && py <= bottom(r) + tolerance;
}

/** A box as the bundle stores it, rounded to a tenth of a point. */
export function toPageBox(r: Rect): PageBox {
  const round = (v: number) => Math.round(v * 10) / 10;
  return [round(r.x), round(r.y), round(r.w), round(r.h)];
}

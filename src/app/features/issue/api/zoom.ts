/**
 * The page view's zoom: steps of the page's width over the viewer's (1 = the page fits), as the
 * People's Daily e-paper's buttons give them; enough to read body type off a phone's screen at 4×.
 */
export const ZOOM_STEPS = [1, 1.5, 2, 3, 4] as const;

/** The next step in (`+1`) or out (`-1`), staying at the ends. */
export function stepZoom(current: number, direction: 1 | -1): number {
  const at = ZOOM_STEPS.findIndex((step) => step >= current - 1e-9);
  const index = at === -1 ? ZOOM_STEPS.length - 1 : at;
  const next = direction === 1 && ZOOM_STEPS[index]! > current + 1e-9 ? index : index + direction;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, next))]!;
}

/**
 * Where to scroll a viewport (one axis) after zooming from `from` to `to`: the page's point that
 * was `before` pixels from the viewport's edge ends up `after` pixels from it (the viewport may
 * change size as it zooms: fitted, it is as tall as the page; zoomed, a frame).
 */
export function scrollAfterZoom(scroll: number, before: number, after: number, from: number, to: number): number {
  return Math.max(0, ((scroll + before) * to) / from - after);
}

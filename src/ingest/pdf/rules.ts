import type { Rect } from "./geometry";

/**
 * Rules and frames the page strokes separate its stories: a rule across the page between two
 * articles, the box drawn round a column (思想纵横) or a sidebar. A headline does not own text on
 * the other side of one: the straight way from the headline to the text crosses it.
 */
/** A stroke this thin (points) is a line, else a rectangle whose four sides are rules (a frame). */
export const LINE_THICKNESS = 3;
/** Rules shorter than this many body ems are ornaments (an underline, a bullet box), not separators. */
export const MIN_RULE_EMS = 4;

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function separators(rules: readonly Rect[], em: number): Segment[] {
  const min = MIN_RULE_EMS * em;
  const out: Segment[] = [];
  for (const r of rules) {
    if (r.h <= LINE_THICKNESS && r.w >= min) out.push({ x0: r.x, y0: r.y + r.h / 2, x1: r.x + r.w, y1: r.y + r.h / 2 });
    else if (r.w <= LINE_THICKNESS && r.h >= min)
      out.push({ x0: r.x + r.w / 2, y0: r.y, x1: r.x + r.w / 2, y1: r.y + r.h });
    else if (r.w >= min && r.h >= min) {
      const [left, top, right, bottom] = [r.x, r.y, r.x + r.w, r.y + r.h];
      out.push(
        { x0: left, y0: top, x1: right, y1: top },
        { x0: left, y0: bottom, x1: right, y1: bottom },
        { x0: left, y0: top, x1: left, y1: bottom },
        { x0: right, y0: top, x1: right, y1: bottom },
      );
    }
  }
  return out;
}

/** Whether a rule stands between the two boxes: the segment joining their middles crosses one. */
export function separated(a: Rect, b: Rect, segments: readonly Segment[]): boolean {
  const way: Segment = { x0: a.x + a.w / 2, y0: a.y + a.h / 2, x1: b.x + b.w / 2, y1: b.y + b.h / 2 };
  return segments.some((s) => crosses(way, s));
}

function crosses(p: Segment, q: Segment): boolean {
  const d1 = side(q, p.x0, p.y0);
  const d2 = side(q, p.x1, p.y1);
  const d3 = side(p, q.x0, q.y0);
  const d4 = side(p, q.x1, q.y1);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Which side of the segment's line the point lies on (its sign). */
function side(s: Segment, x: number, y: number): number {
  return (s.x1 - s.x0) * (y - s.y0) - (s.y1 - s.y0) * (x - s.x0);
}

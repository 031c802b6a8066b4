import { bottom, horizontalOverlap, right, union, verticalOverlap, type Rect } from "./geometry";
import { tooFarForKicker } from "./kicker-distance";
import type { PageLine } from "./page-lines";

/**
 * Headlines: lines set far larger than the body. Lines of one headline stack close together
 * (引题 above the 主题, 副题 below; a title over two lines; a vertical title with its subtitle
 * beside it) or share a row. In a group the largest lines are the title, smaller lines above it
 * the kicker, smaller lines after it the subtitles.
 */
/**
 * A headline is set at least this many times the body size (a subhead inside an article is
 * smaller). Real pages: a short item's headline, a kicker and a subtitle at 1.78 times, subheads at
 * 1.56 times and nothing between.
 */
export const HEADLINE_SIZE_RATIO = 1.75;
/** Lines of one headline are at most this many (of the larger size) ems apart. */
export const HEADLINE_STACK_GAP_EMS = 1.8;
/** Pieces of one headline on a row are at most this many ems apart (a wide space between two phrases). */
export const HEADLINE_ROW_GAP_EMS = 4;

export interface HeadlineGroup {
  lines: PageLine[];
  box: Rect;
  kicker: PageLine[];
  title: PageLine[];
  subtitles: PageLine[];
}

export function isHeadlineLine(line: PageLine, bodySize: number): boolean {
  return line.size >= HEADLINE_SIZE_RATIO * bodySize;
}

function belongTogether(a: PageLine, b: PageLine): boolean {
  const em = Math.max(a.size, b.size);
  if (a.vertical !== b.vertical) return false;
  if (!a.vertical) {
    // Pieces of one headline line are one size; a neighbour's headline beside it is usually another.
    const sameRow =
      verticalOverlap(a.box, b.box) >= 0.5 * Math.min(a.box.h, b.box.h) && Math.abs(a.size - b.size) <= 0.05 * em;
    const rowGap = Math.max(b.box.x - right(a.box), a.box.x - right(b.box));
    if (sameRow && rowGap <= HEADLINE_ROW_GAP_EMS * em) return true;
    const gap = Math.max(b.box.y - bottom(a.box), a.box.y - bottom(b.box));
    const [upper, lower] = a.box.y <= b.box.y ? [a, b] : [b, a];
    if (tooFarForKicker(upper, lower)) return false;
    return gap <= HEADLINE_STACK_GAP_EMS * em && horizontalOverlap(a.box, b.box) > 0;
  }
  const gap = Math.max(b.box.x - right(a.box), a.box.x - right(b.box));
  return gap <= HEADLINE_STACK_GAP_EMS * em && verticalOverlap(a.box, b.box) > 0;
}

export function headlineGroups(lines: readonly PageLine[]): HeadlineGroup[] {
  // Union-find over the "belong together" relation.
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) if (belongTogether(lines[i]!, lines[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, PageLine[]>();
  lines.forEach((line, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), line]));
  return [...groups.values()].map(toGroup);
}

function toGroup(lines: PageLine[]): HeadlineGroup {
  // Reading order: rows top to bottom, left to right; vertical lines right to left.
  const ordered = [...lines].sort((a, b) =>
    a.vertical ? right(b.box) - right(a.box) : a.box.y - b.box.y || a.box.x - b.box.x,
  );
  const largest = Math.max(...ordered.map((l) => l.size));
  const isTitle = (l: PageLine) => l.size >= largest * 0.95;
  const first = ordered.findIndex(isTitle);
  let last = first;
  while (last + 1 < ordered.length && isTitle(ordered[last + 1]!)) last++;
  return {
    lines: ordered,
    box: union(ordered.map((l) => l.box)),
    kicker: ordered.slice(0, first),
    title: ordered.slice(first, last + 1),
    subtitles: ordered.slice(last + 1),
  };
}

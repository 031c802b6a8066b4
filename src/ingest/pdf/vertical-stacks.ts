import { bottom, right, union } from "./geometry";
import type { PdfTextItem } from "./read-pdf";

/**
 * A vertical headline (竖排) set in a horizontal font comes out of the text layer one character per
 * run, stacked down the page at one x. Such stacks of single large characters become one vertical
 * run; body-size text is never stacked (its lines are rows, whatever their length).
 */
/** A stack is at least this many characters. */
export const MIN_STACK_CHARS = 2;
/** Only characters this many times the body size or larger stack (headlines, not body). */
export const MIN_STACK_SIZE_RATIO = 1.15;
/** Characters of a stack are at most this many ems apart down the page, and aligned within this many ems. */
export const STACK_GAP_EMS = 0.6;
export const STACK_ALIGN_EMS = 0.15;

export function joinVerticalStacks(items: readonly PdfTextItem[], bodySize: number): PdfTextItem[] {
  const isCandidate = (i: PdfTextItem) =>
    !i.vertical && Array.from(i.text.trim()).length === 1 && i.size >= MIN_STACK_SIZE_RATIO * bodySize;
  const candidates = items.filter(isCandidate).sort((a, b) => a.x - b.x || a.y - b.y);
  const used = new Set<PdfTextItem>();
  const stacks: PdfTextItem[][] = [];
  for (const start of candidates) {
    if (used.has(start)) continue;
    const stack = [start];
    for (;;) {
      const last = stack.at(-1)!;
      const next = candidates.find(
        (c) =>
          !used.has(c) &&
          !stack.includes(c) &&
          Math.abs(c.x - last.x) <= STACK_ALIGN_EMS * last.size &&
          Math.abs(c.size - last.size) <= 0.05 * last.size &&
          c.y >= bottom(last) - 0.2 * last.size &&
          c.y - bottom(last) <= STACK_GAP_EMS * last.size,
      );
      if (next === undefined) break;
      stack.push(next);
    }
    if (stack.length >= MIN_STACK_CHARS && !hasRowNeighbour(stack, items)) {
      stack.forEach((s) => used.add(s));
      stacks.push(stack);
    }
  }
  const out = items.filter((i) => !used.has(i));
  for (const stack of stacks) {
    const box = union(stack);
    out.push({ ...stack[0]!, text: stack.map((s) => s.text.trim()).join(""), ...box, vertical: true });
  }
  return out;
}

/** A stacked character with a same-size neighbour on its row is part of a horizontal line. */
function hasRowNeighbour(stack: readonly PdfTextItem[], items: readonly PdfTextItem[]): boolean {
  return stack.some((s) =>
    items.some(
      (o) =>
        o !== s &&
        !stack.includes(o) &&
        Math.abs(o.size - s.size) <= 0.05 * s.size &&
        Math.abs(o.y - s.y) <= 0.2 * s.size &&
        (Math.abs(o.x - right(s)) <= 0.6 * s.size || Math.abs(right(o) - s.x) <= 0.6 * s.size),
    ),
  );
}

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

/**
 * The author's name stacked beside a vertical headline (`欧阳辉` left of the title, set at body
 * size one character under the other) is a vertical run too — only there: elsewhere, body-size
 * single characters one under the other are the short last lines of paragraphs. It stands at most
 * this many of the headline's ems beside it, within its height.
 */
export const BESIDE_HEADLINE_EMS = 1;

export function joinVerticalStacks(items: readonly PdfTextItem[], bodySize: number): PdfTextItem[] {
  const single = (i: PdfTextItem) => !i.vertical && Array.from(i.text.trim()).length === 1;
  const large = (i: PdfTextItem) => i.size >= MIN_STACK_SIZE_RATIO * bodySize;
  const headlines = findStacks(
    items.filter((i) => single(i) && large(i)),
    items,
  );
  const names = findStacks(
    items.filter((i) => single(i) && !large(i)),
    items,
  ).filter((stack) => {
    const box = union(stack);
    return headlines.some((h) => {
      const hb = union(h);
      const gap = box.x >= right(hb) ? box.x - right(hb) : hb.x - right(box);
      return (
        gap >= 0 && gap <= BESIDE_HEADLINE_EMS * h[0]!.size && box.y >= hb.y - 0.5 * box.w && bottom(box) <= bottom(hb)
      );
    });
  });
  const used = new Set([...headlines, ...names].flat());
  const out = items.filter((i) => !used.has(i));
  for (const stack of [...headlines, ...names]) {
    const box = union(stack);
    out.push({ ...stack[0]!, text: stack.map((s) => s.text.trim()).join(""), ...box, vertical: true });
  }
  return out;
}

/** Single characters stacked down the page at one x, each stack of two or more with no row neighbour. */
function findStacks(candidates: readonly PdfTextItem[], items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...candidates].sort((a, b) => a.x - b.x || a.y - b.y);
  const used = new Set<PdfTextItem>();
  const stacks: PdfTextItem[][] = [];
  for (const start of sorted) {
    if (used.has(start)) continue;
    const stack = [start];
    for (;;) {
      const last = stack.at(-1)!;
      const next = sorted.find(
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
  return stacks;
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

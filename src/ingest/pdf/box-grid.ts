import type { Rect } from "./geometry";

/**
 * Which of a page's boxes may overlap a given box, without comparing it with every box of the page:
 * each box is filed under the cells of a square grid it touches, and a query reads the cells its
 * box touches. A box that overlaps another by any area shares a cell with it, so the answer holds
 * every such box (and some that only come near). Boxes with no area or with non-finite
 * coordinates overlap nothing and are filed nowhere; a box over more than `MAX_CELLS` cells (a
 * run drawn under a broken transform) is returned by every query instead.
 */
const MAX_CELLS = 4096;

export class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly wide: number[] = [];
  /** The query a box was last returned by, so that a query returns it once. */
  private readonly seen: Int32Array;
  private query = 0;

  constructor(
    boxes: readonly Rect[],
    /** A cell's side, in points: about a line's height, so that a line is filed in a few cells. */
    private readonly cell = 24,
  ) {
    this.seen = new Int32Array(boxes.length);
    boxes.forEach((box, index) => {
      if (!hasArea(box)) return;
      if (this.cellCount(box) > MAX_CELLS) {
        this.wide.push(index);
        return;
      }
      this.forCells(box, (key) => {
        const list = this.cells.get(key);
        if (list === undefined) this.cells.set(key, [index]);
        else list.push(index);
      });
    });
  }

  /** The indices of the boxes that may overlap `box` (every one that does, each once, in no order). */
  near(box: Rect): number[] {
    const found: number[] = [];
    if (!hasArea(box)) return found;
    const query = ++this.query;
    const add = (index: number) => {
      if (this.seen[index] === query) return;
      this.seen[index] = query;
      found.push(index);
    };
    this.wide.forEach(add);
    if (this.cellCount(box) > MAX_CELLS) {
      // As wide as the page or wider: every filed box may overlap it.
      for (const list of this.cells.values()) list.forEach(add);
      return found;
    }
    this.forCells(box, (key) => this.cells.get(key)?.forEach(add));
    return found;
  }

  private cellCount(box: Rect): number {
    const columns = Math.floor((box.x + box.w) / this.cell) - Math.floor(box.x / this.cell) + 1;
    const rows = Math.floor((box.y + box.h) / this.cell) - Math.floor(box.y / this.cell) + 1;
    return columns * rows;
  }

  private forCells(box: Rect, visit: (key: number) => void): void {
    const x0 = Math.floor(box.x / this.cell);
    const x1 = Math.floor((box.x + box.w) / this.cell);
    const y0 = Math.floor(box.y / this.cell);
    const y1 = Math.floor((box.y + box.h) / this.cell);
    // Pages are at most a few thousand points across: a key packs a cell's column and row.
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(cx * 100_003 + cy);
  }
}

/** A box with an area and finite coordinates (the only ones that can overlap another by any area). */
export function hasArea(box: Rect): boolean {
  return box.w > 0 && box.h > 0 && Number.isFinite(box.x + box.y + box.w + box.h);
}

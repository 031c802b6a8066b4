import { bottom } from "./geometry";
import type { PageLine } from "./page-lines";

/**
 * A two-character name stacked beside a vertical headline is letter-spaced to the height of a
 * three-character one (`晁` above `仁`, a character's height apart), and the text layer gives each
 * character as a vertical line of its own. Vertical pieces one under the other at one x, close
 * together, are read as one column of pieces (top to bottom), as `spacedRows` reads a row.
 */
/** Pieces of one column are at most this many ems apart down the page. */
export const STACK_PIECE_GAP_EMS = 2;
/** …and their left edges within this many ems of each other. */
export const STACK_PIECE_ALIGN_EMS = 0.3;

/** The columns of two or more vertical pieces among the lines, each top to bottom. */
export function stackedPieces(lines: readonly PageLine[]): PageLine[][] {
  const vertical = lines.filter((l) => l.vertical).sort((a, b) => a.box.y - b.box.y);
  const stacks: PageLine[][] = [];
  for (const line of vertical) {
    const stack = stacks.find((s) => {
      const last = s.at(-1)!;
      const gap = line.box.y - bottom(last.box);
      return (
        Math.abs(line.box.x - last.box.x) <= STACK_PIECE_ALIGN_EMS * line.size &&
        Math.abs(line.size - last.size) <= 0.05 * line.size &&
        gap >= -0.2 * line.size &&
        gap <= STACK_PIECE_GAP_EMS * line.size
      );
    });
    if (stack) stack.push(line);
    else stacks.push([line]);
  }
  return stacks.filter((s) => s.length > 1);
}

import { linkNames } from "./link-names";

/**
 * A paragraph cut into pieces for rendering: which pieces are a person's name (a link) and which
 * are a search match (marked). Match ranges may cross name boundaries; pieces never overlap.
 */
export interface Piece {
  text: string;
  name: string | null;
  marked: boolean;
}

export function textPieces(
  text: string,
  names: readonly string[],
  ranges: readonly (readonly [number, number])[],
): Piece[] {
  const cuts = new Set<number>();
  for (const [start, end] of ranges) {
    cuts.add(start);
    cuts.add(end);
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const segment of linkNames(text, names)) {
    const end = at + segment.text.length;
    const inner = [...cuts].filter((c) => c > at && c < end).sort((a, b) => a - b);
    let from = at;
    for (const cut of [...inner, end]) {
      const marked = ranges.some(([s, e]) => s <= from && cut <= e);
      pieces.push({ text: text.slice(from, cut), name: segment.name ?? null, marked });
      from = cut;
    }
    at = end;
  }
  return pieces;
}

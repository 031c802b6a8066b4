import { isHan } from "@/text/char-class";
import { canBeInName } from "./boundaries";
import { isChineseNameShaped } from "./name-shape";

/**
 * An author line of two or three names set together under the title (`张剑杨二`, `杨宇刘观浦刑金亮`):
 * the paper closes up the writers' names, so the line is nothing but names of two or three
 * characters each. The tagger often reads the first name one character long, over the next name's
 * surname (`张剑杨|二`), and leaves the rest unread. Where its reading does not tile the line, the
 * line is tiled again: every name after the first starts with a surname (the first may be a pen name:
 * `剑武`), no piece is a known word, and of the tilings the one the tagger finds likeliest (the product
 * of the pieces' probabilities) is read, each piece a credit. A line the tagger's names already tile
 * (`李德润葛洪`) is left alone, and so is one where it finds no name at the start (`天气趋势分析`).
 * Days 1–20 (fold models): `剑武安`, `张剑杨`, `杨宇刘` become their two or three writers.
 */
/** Shortest line: two two-character names (a longer single name is the author-line cue's). */
export const MIN_NAMES_LINE = 4;
/** Longest line: three three-character names. */
export const MAX_NAMES_LINE = 9;
/** A name on the line: two or three characters (surname and one or two). */
export const MIN_PIECE = 2;
export const MAX_PIECE = 3;
/** The least probability the tagger may give each piece: a pen name (`安远远`) scores low, a non-name far lower. */
export const NAMES_LINE_MIN_PROBABILITY = 0.001;

export interface NamesLineMention {
  start: number;
  end: number;
}

/** Every way to cut `length` characters into pieces of two or three (each as [start, end)). */
function tilings(length: number, at = 0): [number, number][][] {
  if (at === length) return [[]];
  const out: [number, number][][] = [];
  for (let piece = MIN_PIECE; piece <= MAX_PIECE && at + piece <= length; piece++)
    for (const rest of tilings(length, at + piece)) out.push([[at, at + piece], ...rest]);
  return out;
}

/**
 * The names of an author line of several names, or null: `chars` is the whole paragraph, `mentions`
 * the reading so far, `probability` the tagger's for a span, `known` a known word or place.
 */
export function authorNamesLine(
  chars: readonly string[],
  mentions: readonly NamesLineMention[],
  probability: (start: number, end: number) => number,
  known: (word: string) => boolean,
): NamesLineMention[] | null {
  if (chars.length < MIN_NAMES_LINE || chars.length > MAX_NAMES_LINE || !chars.every(isHan)) return null;
  if (known(chars.join("")) || !mentions.some((m) => m.start === 0)) return null;
  const covered = new Array<number>(chars.length).fill(0);
  for (const m of mentions) for (let k = m.start; k < m.end; k++) covered[k]!++;
  if (covered.every((c) => c === 1)) return null;
  let best: { pieces: [number, number][]; score: number } | null = null;
  for (const pieces of tilings(chars.length)) {
    if (pieces.length < 2) continue;
    const fits = pieces.every(([s, e], k) => {
      const piece = chars.slice(s, e);
      if (!piece.every(canBeInName) || known(piece.join(""))) return false;
      if (k > 0 && !isChineseNameShaped(piece)) return false;
      return probability(s, e) >= NAMES_LINE_MIN_PROBABILITY;
    });
    if (!fits) continue;
    const score = pieces.reduce((p, [s, e]) => p * probability(s, e), 1);
    if (best === null || score > best.score) best = { pieces, score };
  }
  return best === null ? null : best.pieces.map(([start, end]) => ({ start, end }));
}

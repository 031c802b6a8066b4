import { lineWidth } from "./line-width";
import { isSpacedOut } from "./spaced-out-line";
import { endsSentence } from "./terminal-punctuation";

/**
 * Decides where paragraphs start in a run of column lines. The export dropped the paragraph indent
 * and uses blank lines for column breaks as well as paragraph breaks, so the cues are the line
 * widths and the punctuation:
 * - a sentence-ending line that stops short of the column's edge ends its paragraph;
 * - after a sentence-ending full line, a line as short as an indented first line that goes on
 *   mid-sentence is a first line (seed line 411, no blank line before it);
 * - after a sentence-ending full line and a blank line, a short sentence-ending line is read as a
 *   one-line paragraph (a column break that leaves the last line of a paragraph alone would print
 *   the same text; that reading is the rarer one).
 * Anything else continues the paragraph: a break mid-sentence is a column break, even mid-word.
 */

/** A line this much narrower than the column (in ems) did not reach the column's edge. */
export const SHORT_LINE_SHORTFALL = 1.25;
/** The paragraph indent the export dropped, in ems: a first line is at most this much narrower. */
export const PARAGRAPH_INDENT = 2;
/** Tolerance on the indent for punctuation compression, in ems. */
export const INDENT_TOLERANCE = 0.75;

export interface BodyLine {
  text: string;
  /** A blank line stood between this line and the one before it. */
  blankBefore: boolean;
  /** `lineWidth(text)`, measured once. */
  width: number;
  /** `isSpacedOut(text)`, measured once. */
  spacedOut: boolean;
}

export function bodyLine(text: string, blankBefore: boolean): BodyLine {
  return { text, blankBefore, width: lineWidth(text), spacedOut: isSpacedOut(text) };
}

/**
 * For each line, whether it starts a new paragraph. The first line always does, and so does every
 * line in `forced` (decided by another heuristic, such as an intertitle).
 */
export function paragraphStarts(
  lines: readonly BodyLine[],
  column: number,
  forced: readonly boolean[] = [],
): boolean[] {
  const starts: boolean[] = [];
  let prevIsFirst = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    const start: boolean = prev === undefined || forced[i] === true || startsParagraph(prev, prevIsFirst, line, column);
    starts.push(start);
    prevIsFirst = start;
  }
  return starts;
}

function startsParagraph(prev: BodyLine, prevIsFirst: boolean, line: BodyLine, column: number): boolean {
  if (!endsSentence(prev.text)) return false;
  const prevFull = column - (prevIsFirst ? PARAGRAPH_INDENT : 0);
  if (!prev.spacedOut && prev.width < prevFull - SHORT_LINE_SHORTFALL) return true;
  const fitsAsFirstLine = !line.spacedOut && line.width <= column - PARAGRAPH_INDENT + INDENT_TOLERANCE;
  if (!fitsAsFirstLine) return false;
  if (!endsSentence(line.text)) return true;
  return line.blankBefore;
}

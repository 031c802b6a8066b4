import { isCjkPunctuationCode, isHanCode, isSpaceCode, isWideCode } from "@/text/char-class";

/**
 * The printed width of a column line in ems, estimated from its characters. Measured on the seed:
 * with these weights the full lines of a column vary by about ±0.75 em around the column width,
 * and first lines (whose 2-em indent the export dropped) sit 1.3–3 em below it.
 */
/** CJK punctuation is set in half an em in most positions (compressed at line ends and in pairs). */
export const PUNCTUATION_WIDTH = 0.5;
/** Digits and Latin letters are proportional glyphs, about half an em. */
export const NARROW_WIDTH = 0.5;
/** A space the export inserted stands for a gap of about a third of an em. */
export const SPACE_WIDTH = 1 / 3;

export function lineWidth(text: string): number {
  const line = text.trim();
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (isHanCode(c)) width += 1;
    else if (isCjkPunctuationCode(c)) width += PUNCTUATION_WIDTH;
    else if (isSpaceCode(c)) width += SPACE_WIDTH;
    else if (isWideCode(c)) width += 1;
    else width += NARROW_WIDTH; // digits, Latin letters, ASCII punctuation
  }
  return width;
}

import { isAsciiDigit } from "@/text/char-class";
import { lineWidth } from "../line-width";
import { endsSentence } from "../terminal-punctuation";
import { mulberry32 } from "../../seeded-random";

/**
 * Test support: typesets articles the way the PDF export shows a printed page (body in columns of a
 * given width with the paragraph indent dropped, blank lines at column and paragraph breaks, then
 * the headlines, then the caption), with random column breaks, spaced-out justified lines and
 * spaced digit runs. As a typesetter would, it fits lines with the digit spaces in them, and a
 * spaced-out line is one that holds fewer characters than the column and was stretched to fill it.
 * It never produces the two layouts whose text is identical to another structure's (so that no
 * reader could tell them apart):
 * - a column break right before the last line of a paragraph when the line before ends a sentence
 *   (it prints exactly like a paragraph break before a one-line paragraph);
 * - a paragraph break with no blank line, unless the previous line is clearly short or the new
 *   paragraph's first line goes on mid-sentence.
 */
export interface RenderArticle {
  byline: string | null;
  paragraphs: string[];
  title: string;
  subtitles: string[];
  caption: string | null;
}

export interface RenderLayout {
  /** Column width in ems. */
  column: number;
  /** Headline block width in ems. */
  headline: number;
  /** Seed of the random choices (column breaks, spacing). */
  seed: number;
  /** Chance of a column break after a line. */
  breakRate: number;
  /** Chance that a mid-paragraph line is spaced out. */
  spacedRate: number;
  /** Put spaces around digit runs, as some exports do. */
  spaceDigits: boolean;
}

/** The indent the export drops from a first line, in ems (as the parser assumes). */
const INDENT = 2;
/** A line this much shorter than the column is visibly short, whatever a reader's thresholds. */
const CLEARLY_SHORT = 3;

export function renderPage(articles: readonly RenderArticle[], layouts: readonly RenderLayout[]): string {
  const out: string[] = [];
  articles.forEach((article, i) => {
    const layout = layouts[i % layouts.length]!;
    const random = mulberry32(layout.seed);
    if (article.byline !== null) out.push(article.byline, "");
    article.paragraphs.forEach((paragraph, p) => {
      const text = layout.spaceDigits ? spaceDigitRuns(paragraph) : paragraph;
      const stretched = new Set<number>();
      const lines = wrap(text, layout.column, INDENT, (l, previous) => {
        // A line that cannot be filled (kinsoku) holds 1–3 ems less and is stretched out; never
        // right after a sentence end, where a short line would read as a paragraph's first.
        if (l === 0 || endsSentence(previous) || random() >= layout.spacedRate) return 0;
        stretched.add(l);
        return 1 + Math.floor(random() * 3);
      });
      if (p > 0) {
        const previous = out.at(-1) ?? "";
        const clearlyShort = lineWidth(previous) <= layout.column - CLEARLY_SHORT;
        const mayOmitBlank = clearlyShort || (lines.length > 1 && !endsSentence(lines[0]!));
        if (!(mayOmitBlank && random() < 0.3)) out.push("");
      }
      lines.forEach((line, l) => {
        const isLast = l === lines.length - 1;
        out.push(stretched.has(l) && !isLast ? spaceOut(line) : line);
        const beforeLast = l === lines.length - 2;
        const ambiguous = beforeLast && endsSentence(line);
        if (!isLast && !ambiguous && random() < layout.breakRate) out.push("");
      });
    });
    for (const headline of [article.title, ...article.subtitles]) {
      out.push("", ...wrap(headline, layout.headline, 0));
    }
    if (article.caption !== null) out.push("", article.caption);
    out.push("");
  });
  return `${out.join("\n")}\n`;
}

/**
 * Greedy line filling by the parser's width model; the first line is `indent` ems shorter, and
 * `shortfall(lineIndex, previousLine)` ems can be taken off any other line. A line never starts
 * with a space.
 */
export function wrap(
  text: string,
  column: number,
  indent: number,
  shortfall: (line: number, previous: string) => number = () => 0,
): string[] {
  const lines: string[] = [];
  let line = "";
  let capacity = column - indent;
  for (const ch of text) {
    if (line === "" && ch === " ") continue;
    if (line !== "" && lineWidth(line + ch) > capacity) {
      lines.push(line.trimEnd());
      line = ch === " " ? "" : ch;
      capacity = column - shortfall(lines.length, lines.at(-1)!);
      continue;
    }
    line += ch;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function spaceOut(line: string): string {
  return Array.from(line.replace(/ /gu, "")).join(" ");
}

function spaceDigitRuns(line: string): string {
  let out = "";
  const chars = Array.from(line);
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    if (prev !== undefined && isAsciiDigit(ch) !== isAsciiDigit(prev)) out += " ";
    out += ch;
  });
  return out;
}

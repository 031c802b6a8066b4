/**
 * The lines of one e-paper article file (CRLF or LF): line 1 the kicker (引题), line 2 the headline,
 * line 3 the subheadline (副题), then one paragraph per line, indented with ideographic spaces.
 * Positions, not guesses: the format fixes them, and an empty line keeps its place. Empty
 * paragraph lines carry nothing and are dropped; every other line keeps its number.
 */
export interface ArticleLines {
  kicker: string;
  headline: string;
  subheadline: string;
  paragraphs: { text: string; line: number }[];
  /** The number of the last line with text (1 for an empty file). */
  lastLine: number;
}

/** Spaces a paragraph may start or end with: ASCII, ideographic (U+3000) and no-break (U+00A0). */
const EDGE_SPACES = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu;

export function articleLines(text: string): ArticleLines {
  const lines = text
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .map((line) => line.replace(EDGE_SPACES, ""));
  const paragraphs = lines
    .slice(3)
    .map((line, i) => ({ text: line, line: i + 4 }))
    .filter((p) => p.text.length > 0);
  let lastLine = 1;
  lines.forEach((line, i) => {
    if (line.length > 0) lastLine = i + 1;
  });
  return { kicker: lines[0] ?? "", headline: lines[1] ?? "", subheadline: lines[2] ?? "", paragraphs, lastLine };
}

/** A run of text, marked (a match) or not. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Text cut into runs at the given ranges (`[start, end)`, in any order): the ranges become marked
 * runs, the text between them plain runs. A range that overlaps an earlier one, reaches past the
 * text or is empty is left out. Pure, so that React (`HighlightedText`) and the search page's early
 * drawer build the same runs.
 */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

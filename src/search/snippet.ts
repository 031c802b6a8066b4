import { foldTextMapped, sourceRange } from "./fold/fold";
import type { Range, Snippet } from "./search-types";

/**
 * Excerpts and highlights, as pure functions of a text and the folded words looked for. Matching
 * happens in folded text (so 鄉村 highlights for 乡村, ｉＰｈｏｎｅ for iphone) and ranges map back to
 * the text as printed.
 */

/** Excerpt length in UTF-16 units: about three lines of a phone-width result list. */
export const SNIPPET_LENGTH = 96;
/** Text kept before the first match, so the match reads in context. */
export const SNIPPET_CONTEXT_BEFORE = 24;

/** Every occurrence of any needle (already folded), as source ranges, sorted and merged. */
export function highlightRanges(text: string, needles: readonly string[]): Range[] {
  const folded = foldTextMapped(text);
  const ranges: Range[] = [];
  for (const needle of needles) {
    if (needle === "") continue;
    for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
      ranges.push(sourceRange(folded, at, at + needle.length));
    }
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export interface SnippetOptions {
  length?: number;
  before?: number;
  /** Where to start when nothing matches (the first paragraph, say). */
  fallbackStart?: number;
}

/**
 * An excerpt of one line of `text` (lines are fields and paragraphs) around the first match, with
 * every match inside it reported relative to the excerpt.
 */
export function buildSnippet(text: string, needles: readonly string[], options: SnippetOptions = {}): Snippet {
  const length = options.length ?? SNIPPET_LENGTH;
  const before = options.before ?? SNIPPET_CONTEXT_BEFORE;
  const ranges = highlightRanges(text, needles);
  const first = ranges[0];
  const anchor = first?.[0] ?? Math.min(options.fallbackStart ?? 0, text.length);
  const lineStart = text.lastIndexOf("\n", anchor - 1) + 1;
  const lineEnd = text.indexOf("\n", anchor) < 0 ? text.length : text.indexOf("\n", anchor);
  let start = first === undefined ? anchor : Math.max(lineStart, anchor - before);
  let end = Math.min(lineEnd, start + length);
  if (first !== undefined && first[1] > end) end = Math.min(lineEnd, first[1]);
  if (end - start < length) start = Math.max(lineStart, end - length);
  start = notInsidePair(text, start, -1);
  end = notInsidePair(text, end, +1);
  const highlights: Range[] = [];
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    highlights.push([Math.max(a, start) - start, Math.min(b, end) - start]);
  }
  return { text: text.slice(start, end), highlights, truncatedStart: start > lineStart, truncatedEnd: end < lineEnd };
}

/** Moves an offset off the second half of a surrogate pair, so no character is cut in two. */
function notInsidePair(text: string, at: number, direction: -1 | 1): number {
  const c = text.charCodeAt(at);
  return at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff ? at + direction : at;
}

/**
 * A line of verse (`风未停，路还长，林中行`, a poem printed a line to a paragraph): clauses of one
 * short length set between commas. A clause of such a line that the tagger reads as a name is a
 * phrase of the poem, unless most of the line's clauses are names (a list set with commas).
 */
/** Fewest clauses that make a line verse: two equal clauses are as often a sentence's parts. */
export const MIN_VERSE_CLAUSES = 3;
/** Longest clause of a verse line, in characters (a seven-character line). */
export const MAX_VERSE_CLAUSE = 7;

const CLAUSE_MARKS = "，。！？；";

interface Span {
  start: number;
  end: number;
}

/** The mentions that fill a whole clause of a verse line, or none when the text is no verse line. */
export function verseClauseNames<M extends Span>(chars: readonly string[], mentions: readonly M[]): M[] {
  const clauses: Span[] = [];
  let start = 0;
  for (let at = 0; at <= chars.length; at++) {
    if (at < chars.length && !CLAUSE_MARKS.includes(chars[at]!)) continue;
    if (at > start) clauses.push({ start, end: at });
    start = at + 1;
  }
  if (clauses.length < MIN_VERSE_CLAUSES) return [];
  const length = clauses[0]!.end - clauses[0]!.start;
  if (length > MAX_VERSE_CLAUSE || clauses.some((c) => c.end - c.start !== length)) return [];
  const named = mentions.filter((m) => clauses.some((c) => c.start === m.start && c.end === m.end));
  return named.length * 2 < clauses.length ? named : [];
}

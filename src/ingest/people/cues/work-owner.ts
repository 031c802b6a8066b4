import { isBoundaryChar } from "./boundaries";

/**
 * A name that opens a clause (after punctuation or a joining character: boundaries.ts) and owns the work named right after it (`。柯大山的《山里人家》写出了`):
 * the writer of the work. Unlike `work-author.ts` it adds no name; it only vouches for a name the
 * tagger found there (support.ts), so a name that is also a word (PFR day 9: a writer whose pen name
 * is a common word, before 的《…》) keeps a cue when the tagger's confidence does not count.
 */
const OWNER_MARK = "的《";

/** Whether the mention [start, end) starts a clause and is followed by 的《. */
export function isWorkOwnerAt(chars: readonly string[], start: number, end: number): boolean {
  return isBoundaryChar(chars[start - 1]) && chars.slice(end, end + OWNER_MARK.length).join("") === OWNER_MARK;
}

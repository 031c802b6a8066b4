/**
 * A mention that starts inside another name of the article, printed at the same place, and runs past
 * its end: in `韦德王刚来到八好村` (韦德王 just came to the village; audit4, scripts/people/README.md
 * session 34) the tagger read 王刚 across the end of 韦德王, whom the article names with his title
 * elsewhere. The text there is the other name and the next word; the mention goes. Names that start
 * at the same character (a name and a cut of it) are the cut-name checks' business, not this one's.
 */
export function overlapsOtherName(
  chars: readonly string[],
  start: number,
  end: number,
  otherNames: Iterable<string>,
): boolean {
  for (const other of otherNames) if (overlapsWord(chars, start, end, Array.from(other))) return true;
  return false;
}

/** A name of the article with its characters, split once for all its mentions (`overlapsOtherNameOf`). */
export interface SplitName {
  name: string;
  chars: readonly string[];
}

/** `overlapsOtherName` with the article's names split once: every name but `own` is an other name. */
export function overlapsOtherNameOf(
  chars: readonly string[],
  start: number,
  end: number,
  names: readonly SplitName[],
  own: string,
): boolean {
  for (const other of names) if (other.name !== own && overlapsWord(chars, start, end, other.chars)) return true;
  return false;
}

/** Whether an occurrence of `word` starts before the mention and ends inside it. */
function overlapsWord(chars: readonly string[], start: number, end: number, word: readonly string[]): boolean {
  for (let from = Math.max(0, start - word.length + 1); from < start; from++) {
    const to = from + word.length;
    if (to <= start || to >= end) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) same = chars[from + k] === word[k];
    if (same) return true;
  }
  return false;
}

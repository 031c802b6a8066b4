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
  for (const other of otherNames) {
    const word = Array.from(other);
    // an occurrence of `other` that starts before the mention and ends inside it
    for (let from = Math.max(0, start - word.length + 1); from < start; from++) {
      const to = from + word.length;
      if (to <= start || to >= end) continue;
      if (word.every((c, k) => chars[from + k] === c)) return true;
    }
  }
  return false;
}

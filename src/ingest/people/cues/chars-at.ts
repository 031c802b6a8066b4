/**
 * Whether `word` (as characters) stands in `chars` from `at` on: a comparison in place, for the
 * cues that run at every position of a text, where slicing and joining a window of characters to
 * compare strings made garbage in the import's hot path.
 */
export function charsAt(chars: readonly string[], at: number, word: readonly string[]): boolean {
  if (at < 0 || at + word.length > chars.length) return false;
  for (let k = 0; k < word.length; k++) if (chars[at + k] !== word[k]) return false;
  return true;
}

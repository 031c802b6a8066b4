/**
 * A name after an author's label and its colon: `作者：<name>` closing a book's entry in a list,
 * `日记作者：<name>，<post>` opening a diary. The label says a person follows, so the name is read
 * from the colon to the first character that is no Han (a blank, a comma, a bracket, the line's
 * end), however the tagger reads it: a pen name that is a word (a road, a month's name) is still the
 * author's. dev 6: a diary's author the tagger read (0.87) but nothing vouched for; 600 fresh
 * articles' list of prize-winning novels: pen names that are words.
 */
/** The label's last characters. */
export const AUTHOR_LABEL = "作者";
/** Fewest and most characters of the name after the label. */
export const MIN_AUTHOR_NAME = 2;
export const MAX_AUTHOR_NAME = 4;
/** The least probability the tagger must give the name (it must not rule it out altogether). */
export const AUTHOR_LABEL_MIN_PROBABILITY = 0.0001;

const COLONS = "：:";
const isHan = (c: string | undefined) => c !== undefined && /^\p{Script=Han}$/u.test(c);

/** The name spans right after `作者：` in `chars`. */
export function authorLabelNames(chars: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = 1; at < chars.length - 2; at++) {
    if (chars[at] !== "者" || chars[at - 1] !== "作" || !COLONS.includes(chars[at + 1]!)) continue;
    let start = at + 2;
    while (start < chars.length && chars[start]!.trim() === "") start++;
    let end = start;
    while (isHan(chars[end]) && end - start <= MAX_AUTHOR_NAME) end++;
    if (end - start >= MIN_AUTHOR_NAME && end - start <= MAX_AUTHOR_NAME) out.push({ start, end });
  }
  return out;
}

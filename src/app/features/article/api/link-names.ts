/**
 * Splits a text into plain runs and the names of the article's people, so that each name can link
 * to its person page. Longer names win where names overlap (欧阳文清 before 欧阳); a one-character
 * name is never linked (it would match inside words).
 */
export type Segment = { text: string; name?: undefined } | { text: string; name: string };

export function linkNames(text: string, names: readonly string[]): Segment[] {
  const candidates = [...new Set(names)].filter((n) => Array.from(n).length >= 2).sort((a, b) => b.length - a.length);
  if (candidates.length === 0) return [{ text }];
  const segments: Segment[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    const name = candidates.find((n) => text.startsWith(n, i));
    if (name === undefined) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain !== "") segments.push({ text: plain });
    segments.push({ text: name, name });
    plain = "";
    i += name.length;
  }
  if (plain !== "") segments.push({ text: plain });
  return segments;
}

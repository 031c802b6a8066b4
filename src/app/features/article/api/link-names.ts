import { spacedNameEnd } from "@/text/spaced-name";

/**
 * Splits a text into plain runs and the names of the article's people, so that each name can link
 * to its person page. Longer names win where names overlap (欧阳文清 before 欧阳); a one-character
 * name is never linked (it would match inside words). A name printed with spaces between its
 * characters (`于 洋`) is linked as printed.
 */

export type Segment = { text: string; name?: undefined } | { text: string; name: string };

export function linkNames(text: string, names: readonly string[]): Segment[] {
  const candidates = [...new Set(names)].filter((n) => Array.from(n).length >= 2).sort((a, b) => b.length - a.length);
  if (candidates.length === 0) return [{ text }];
  const segments: Segment[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    let end = -1;
    const name = candidates.find((n) => (end = spacedNameEnd(text, i, n)) >= 0);
    if (name === undefined) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain !== "") segments.push({ text: plain });
    segments.push({ text: text.slice(i, end), name });
    plain = "";
    i = end;
  }
  if (plain !== "") segments.push({ text: plain });
  return segments;
}

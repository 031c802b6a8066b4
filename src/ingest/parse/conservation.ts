import type { ParsedPage } from "@/bundle/schema";
import { stripWhitespace } from "@/text/char-class";

/**
 * Nothing is lost: every non-space character of the page must come out in exactly one field of one
 * article, or in `unassigned`. Compares the two as multisets and reports the difference.
 */
export interface ConservationReport {
  missing: string;
  extra: string;
}

export function pageTexts(page: ParsedPage): string[] {
  return [
    ...page.articles.flatMap((a) => [
      a.byline?.raw ?? "",
      ...a.paragraphs,
      a.title,
      ...a.subtitles,
      a.caption ?? "",
    ]),
    ...page.unassigned.map((u) => u.text),
  ];
}

export function checkConservation(source: string, page: ParsedPage): ConservationReport {
  const counts = new Map<string, number>();
  for (const ch of stripWhitespace(source)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of stripWhitespace(pageTexts(page).join(""))) counts.set(ch, (counts.get(ch) ?? 0) - 1);
  let missing = "";
  let extra = "";
  for (const [ch, n] of counts) {
    if (n > 0) missing += ch.repeat(n);
    if (n < 0) extra += ch.repeat(-n);
  }
  return { missing, extra };
}

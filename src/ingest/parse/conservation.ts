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
      a.kicker ?? "",
      a.byline?.raw ?? "",
      ...a.paragraphs,
      a.title,
      ...a.subtitles,
      a.caption ?? "",
      ...(a.jumps ?? []).map((j) => j.raw),
    ]),
    ...(page.pdf?.furniture ?? []).map((f) => f.text),
    ...page.unassigned.map((u) => u.text),
  ];
}

export function checkConservation(source: string, page: ParsedPage): ConservationReport {
  // Counting UTF-16 code units is a multiset of code points too (surrogate pairs count alike on
  // both sides) and runs on every parse, so it avoids a Map of strings.
  const before = stripWhitespace(source);
  const after = stripWhitespace(pageTexts(page).join(""));
  if (before === after) return { missing: "", extra: "" };
  const counts = new Int32Array(0x10000);
  for (let i = 0; i < before.length; i++) counts[before.charCodeAt(i)]!++;
  for (let i = 0; i < after.length; i++) counts[after.charCodeAt(i)]!--;
  let missing = "";
  let extra = "";
  for (const text of [before, after]) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const n = counts[code]!;
      if (n > 0) missing += String.fromCharCode(code).repeat(n);
      if (n < 0) extra += String.fromCharCode(code).repeat(-n);
      counts[code] = 0;
    }
  }
  return { missing, extra };
}

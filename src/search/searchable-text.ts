import type { SearchDoc } from "@/bundle/search-schema";

/**
 * What a document is searched in: its fields one per line, title first. The line break folds to
 * itself and ends every gram, so no match ever spans two fields.
 */
export function searchableText(doc: SearchDoc): string {
  return [doc.title, bodyText(doc)].join("\n");
}

/** Everything but the title, in reading order: what snippets are cut from. */
export function bodyText(doc: SearchDoc): string {
  const lines = [...doc.subtitles];
  if (doc.byline !== null) lines.push(doc.byline);
  lines.push(...doc.paragraphs);
  if (doc.caption !== null) lines.push(doc.caption);
  return lines.join("\n");
}

/** Where the first paragraph starts in `bodyText`: the excerpt shown when only the title matched. */
export function firstParagraphOffset(doc: SearchDoc): number {
  if (doc.paragraphs.length === 0) return 0;
  const before = [...doc.subtitles, ...(doc.byline === null ? [] : [doc.byline])];
  return before.reduce((n, line) => n + line.length + 1, 0);
}

import type { ArticleLines } from "./article-lines";

/** The dashes a subheadline opens with (`——副题`), dropped as the PFR importer drops them. */
const SUBTITLE_DASHES = /^—{2,}/u;

/**
 * An e-paper article's subtitles: its subheadline without the dashes it opens with. A subheadline
 * of dashes alone stays as printed rather than becoming an empty subtitle; no subheadline, none.
 */
export function webSubtitles(lines: ArticleLines): string[] {
  const subtitle = lines.subheadline.replace(SUBTITLE_DASHES, "").trim() || lines.subheadline;
  return subtitle === "" ? [] : [subtitle];
}

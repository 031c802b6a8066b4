/**
 * Quoting and linking a passage of an article, as a reader does with a newspaper cutting: the
 * quote with its source, and a link that opens the article at the passage (its paragraph's
 * anchor, `api/paragraph-ids.ts`, plus a Text Fragment, https://wicg.github.io/scroll-to-text-fragment/,
 * so a browser that knows them highlights the very words).
 */

/** Whitespace as the reader sees it: runs (line breaks between paragraphs too) become one space. */
export function cleanSelection(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

export interface QuoteSource {
  headline: string;
  paperName: string;
  /** As the app shows it (`formatIssueDate`). */
  date: string;
  /** The article's absolute URL, without a fragment. */
  url: string;
  /** The id of the paragraph where the quote starts. */
  paragraphId: string;
}

/** `“<text>”——《<headline>》，<paper>，<date>，<url>#<paragraph id>` */
export function quoteText(text: string, source: QuoteSource): string {
  return `“${cleanSelection(text)}”——《${source.headline}》，${source.paperName}，${source.date}，${source.url}#${source.paragraphId}`;
}

/** A selection this long or shorter is named whole in a text fragment. */
export const WHOLE_FRAGMENT_MAX = 30;
/** Characters of CJK text on each side of a long selection (textStart, textEnd). */
export const CJK_FRAGMENT_CHARS = 8;
/** Words of other text on each side of a long selection. */
export const LATIN_FRAGMENT_WORDS = 4;

/**
 * A text fragment's term: percent-encoded, with the characters the directive's syntax uses
 * (`-`, `,`, `&`) encoded as well (encodeURIComponent leaves `-` alone).
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/gu, "%2D");
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The text directive naming `selected`: the whole text when short, else its start and its end
 * (about 8 characters each for Chinese, a few words each otherwise): `:~:text=start,end`.
 */
export function textDirective(selected: string): string {
  const text = cleanSelection(selected);
  const chars = [...text];
  if (chars.length <= WHOLE_FRAGMENT_MAX) return `:~:text=${encodeFragmentTerm(text)}`;
  let start: string;
  let end: string;
  if (CJK.test(text)) {
    start = chars.slice(0, CJK_FRAGMENT_CHARS).join("").trim();
    end = chars.slice(-CJK_FRAGMENT_CHARS).join("").trim();
  } else {
    const words = text.split(" ");
    start = words.slice(0, LATIN_FRAGMENT_WORDS).join(" ");
    end = words.slice(-LATIN_FRAGMENT_WORDS).join(" ");
  }
  return `:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** The link to a passage: the article URL, its paragraph's anchor and the text directive. */
export function passageUrl(url: string, paragraphId: string, selected: string): string {
  return `${url}#${paragraphId}${textDirective(selected)}`;
}

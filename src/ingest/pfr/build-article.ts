import type { Byline, ParsedArticle } from "@/bundle/schema";
import { extractPeople } from "../people/extract-people";
import { commentatorLine } from "./commentator";
import { authorLine, bylineParagraph, creditAfterDateline } from "./credit";
import type { RawArticle, RawParagraph } from "./group-lines";
import { isBodyText, splitHeadline } from "./headline";

/**
 * One PFR article → the bundle's article. The first paragraph is the headline unless it is body
 * text (a short news item has none); a `——` paragraph right under it is a subtitle; a byline
 * paragraph among the first few (or an author line right under the headline: names, or
 * `本报评论员`) is the byline and leaves the text; otherwise the credit after a
 * dateline is. Everything else stays a paragraph, as printed: datelines, photo credits, notes.
 */
export const BYLINE_SEARCH_PARAGRAPHS = 3;

const SUBTITLE_DASHES = /^—{2,}/u;

export function buildArticle(raw: RawArticle): ParsedArticle {
  const [first, ...rest] = raw.paragraphs;
  const hasHeadline = first !== undefined && !isBodyText(first.text);
  const headline = hasHeadline ? splitHeadline(first.text) : { title: "", subtitles: [], notes: [] };
  const body: RawParagraph[] = hasHeadline ? [...rest] : [...raw.paragraphs];
  const subtitles = [...headline.subtitles];
  while (hasHeadline && body[0] !== undefined && SUBTITLE_DASHES.test(body[0].text)) {
    subtitles.push(body.shift()!.text.replace(SUBTITLE_DASHES, "").trim());
  }
  const byline = takeByline(body, hasHeadline);
  const text = { title: headline.title, subtitles, byline, paragraphs: body.map((p) => p.text), caption: null };
  const article: ParsedArticle = {
    seq: raw.seq,
    ...text,
    // Read off the text by the people model, as for any page: the corpus's own name tags are
    // the answers it is measured against, not an input.
    people: extractPeople(text),
    sourceLines: [raw.lines[0], raw.lines[1]],
  };
  if (headline.notes.length > 0) article.titleNotes = headline.notes;
  return article;
}

/** Finds the byline and, when it is a paragraph of its own, takes it out of `body`. */
function takeByline(body: RawParagraph[], underHeadline: boolean): Byline | null {
  const author =
    underHeadline && body[0] !== undefined ? (authorLine(body[0].tokens) ?? commentatorLine(body[0].tokens)) : null;
  if (author !== null) {
    body.shift();
    return author;
  }
  for (let i = 0; i < Math.min(body.length, BYLINE_SEARCH_PARAGRAPHS); i++) {
    const byline = bylineParagraph(body[i]!.tokens);
    if (byline !== null) {
      body.splice(i, 1);
      return byline;
    }
  }
  for (let i = 0; i < Math.min(body.length, BYLINE_SEARCH_PARAGRAPHS); i++) {
    const credit = creditAfterDateline(body[i]!.tokens);
    if (credit !== null) return credit;
  }
  return null;
}

import type { Byline, ParsedArticle } from "@/bundle/schema";
import { parseByline } from "../parse/byline";
import { inlineByline } from "../parse/dateline";
import { extractPeople } from "../people/extract-people";
import type { ArticleLines } from "./article-lines";

/**
 * One e-paper article file → the bundle's article. The kicker and the headline are the file's;
 * the subheadline is a subtitle (its `——` dropped, as the PFR importer does); the byline is the
 * first paragraph when that paragraph is one (`本报记者 张三`) and leaves the text, else the
 * credit after a dateline (`本报北京1月31日电（记者 杜一菲）`), which stays in it. People are read
 * off the text by the people model, as for any page.
 */
const SUBTITLE_DASHES = /^—{2,}/u;

export function buildWebArticle(lines: ArticleLines, seq: number, sourceFile: string): ParsedArticle {
  const paragraphs = lines.paragraphs.map((p) => p.text);
  let byline: Byline | null = null;
  const bylineParagraph = paragraphs[0] === undefined ? null : parseByline(paragraphs[0], true);
  if (bylineParagraph !== null) {
    byline = bylineParagraph;
    paragraphs.shift();
  } else if (paragraphs[0] !== undefined) {
    byline = inlineByline(paragraphs[0])?.match ?? null;
  }
  // A subheadline of dashes alone stays as printed rather than becoming an empty subtitle.
  const subtitle = lines.subheadline.replace(SUBTITLE_DASHES, "").trim() || lines.subheadline;
  const subtitles = subtitle === "" ? [] : [subtitle];
  const text = { title: lines.headline, subtitles, byline, paragraphs, caption: null };
  const article: ParsedArticle = {
    seq,
    ...text,
    people: extractPeople(text),
    sourceLines: [1, lines.lastLine],
    sourceFile,
  };
  if (lines.kicker !== "") article.kicker = lines.kicker;
  return article;
}

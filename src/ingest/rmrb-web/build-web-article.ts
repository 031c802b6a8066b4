import type { Byline, ParsedArticle } from "@/bundle/schema";
import { parseByline } from "../parse/byline";
import { inlineByline } from "../parse/dateline";
import { extractPeople } from "../people/extract-people";
import type { ArticleLines } from "./article-lines";
import { webPeopleSource } from "./web-people-source";
import { webSubtitles } from "./web-subtitles";

/**
 * One e-paper article file → the bundle's article. The kicker and the headline are the file's;
 * the subheadline is a subtitle (its `——` dropped, as the PFR importer does); the byline is the
 * first paragraph when that paragraph is one (`本报记者 张三`) and leaves the text, else the
 * credit after a dateline (`本报北京1月31日电（记者 杜一菲）`), which stays in it: the reader sees the
 * lines as printed. People are read by the people model off `webPeopleSource` (the same file read
 * as the rmrb-web eval reads it: a byline under a heading, names without their padding); a person
 * carries no position, and the person pages and the article find each name in the printed text.
 */
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
  const article: ParsedArticle = {
    seq,
    title: lines.headline,
    subtitles: webSubtitles(lines),
    byline,
    paragraphs,
    caption: null,
    people: extractPeople(webPeopleSource(lines)),
    sourceLines: [1, lines.lastLine],
    sourceFile,
  };
  if (lines.kicker !== "") article.kicker = lines.kicker;
  return article;
}

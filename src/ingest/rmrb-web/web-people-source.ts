import type { PeopleSource } from "../people/extract-people";
import { plainArticle } from "../people/plain-article";
import type { ArticleLines } from "./article-lines";
import { webSubtitles } from "./web-subtitles";

/**
 * What people extraction reads of an e-paper article file: the one reading that `folio import
 * rmrb-web` ships and the rmrb-web eval measures (scripts/people/rmrb-gold.ts). The headline is the
 * title; the kicker (引题) and the subheadline are subtitles (the kicker measured: dev sets 1 and 2,
 * F1 0.9553 and 0.9333 with it, 0.9553 and 0.9298 without); and the paragraph lines are read as any plain article
 * (`plainArticle`): the first byline line, wherever it stands (a compilation's `本报记者 张 三`
 * under its own heading), or else a credit after the dateline (`本报北京1月31日电（记者 杜一菲）`),
 * is the byline and leaves the text; spaces in Chinese text are removed (`于\u00a0洋`), and a
 * paragraph's indent inside a line starts a paragraph of its own. What a reader sees is not this:
 * the bundle keeps the lines as printed (build-web-article.ts).
 */
export function webPeopleSource(lines: ArticleLines): PeopleSource {
  const body = plainArticle(lines.paragraphs.map((p) => p.text).join("\n"));
  const subtitles = lines.kicker === "" ? webSubtitles(lines) : [lines.kicker, ...webSubtitles(lines)];
  return { ...body, title: lines.headline, subtitles };
}

import type { Article, Issue, Page } from "@/bundle/schema";
import { withoutBylineMarker } from "@/text/byline-marker";

/**
 * Citations of a newspaper article. GB/T 7714-2015 (信息与文献 参考文献著录规则) gives the
 * newspaper form `主要责任者. 题名[N]. 报纸名, 出版日期(版次).` with the date as YYYY-MM-DD; more
 * than three authors are cut to three and `等`; a date that is only estimated goes in square
 * brackets (the standard's rule for estimated publication dates), so a guess is never cited as fact.
 */
/** GB/T 7714 lists at most this many authors before `等`. */
export const MAX_CITED_AUTHORS = 3;

export function gbt7714(
  issue: Pick<Issue, "paper" | "date" | "dateApproximate">,
  page: Pick<Page, "no">,
  article: Pick<Article, "title" | "subtitles" | "byline">,
): string {
  const reporters = article.byline?.reporters ?? [];
  // An author with no personal name (本报评论员) is cited as printed, as GB/T 7714 does for bodies.
  const authors =
    reporters.length > MAX_CITED_AUTHORS
      ? `${reporters.slice(0, MAX_CITED_AUTHORS).join(", ")}, 等`
      : reporters.join(", ") || withoutBylineMarker(article.byline?.raw ?? "");
  const title = article.title.replace(/\s+/gu, " ").trim();
  const date = issue.dateApproximate ? `[${issue.date}]` : issue.date;
  return `${authors === "" ? "" : `${authors}. `}${title}[N]. ${issue.paper.name}, ${date}(${page.no}).`;
}

/** Highwire Press `citation_*` meta tags (read by Google Scholar and reference managers). */
export function citationMeta(
  issue: Pick<Issue, "paper" | "date" | "dateApproximate">,
  page: Pick<Page, "no">,
  article: Pick<Article, "title" | "byline">,
): Record<string, string | string[]> {
  return {
    citation_title: article.title,
    citation_journal_title: issue.paper.name,
    citation_firstpage: String(page.no),
    citation_language: "zh",
    ...((article.byline?.reporters.length ?? 0) > 0 && { citation_author: article.byline!.reporters }),
    // An inferred date is left out: these tags state facts to indexes.
    ...(!issue.dateApproximate && {
      citation_publication_date: issue.date.replace(/-/gu, "/"),
      citation_date: issue.date.replace(/-/gu, "/"),
    }),
  };
}

import type { Issue } from "@/bundle/schema";
import type { SearchDoc } from "@/bundle/search-schema";

/**
 * The search documents of one bundle issue: one per article, keyed `<paper>/<date>/<page>-<seq>`
 * like the article's address, people as the distinct names the parser found.
 */
export function issueDocuments(issue: Issue): SearchDoc[] {
  return issue.pages.flatMap((page) =>
    page.articles.map((article) => ({
      key: `${issue.paper.id}/${issue.date}/${article.id}`,
      date: issue.date,
      paper: issue.paper.id,
      page: page.no,
      title: article.title,
      subtitles: article.subtitles,
      byline: article.byline?.raw ?? null,
      paragraphs: article.paragraphs,
      caption: article.caption,
      people: [...new Set(article.people.map((p) => p.name))],
    })),
  );
}

import type { Page } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";
import { ArticleTeaser } from "./ArticleTeaser";
import { PageTitles } from "./PageTitles";

/**
 * A page as a newspaper page (版面): the lead story (the first in reading order, which the export
 * gives from the top of the page) takes the most room, the others follow in columns, and the
 * page's titles (本版标题) stand beside it. On a phone, one readable column.
 */
export function PageLayout({ page, articlePath }: { page: Page; articlePath: (seq: number) => string }) {
  const t = useT();
  const [lead, ...rest] = page.articles;
  if (lead === undefined) return <p className="py-8 text-center text-muted">{t("page.empty")}</p>;
  return (
    <div className="page-grid">
      <div className="page-lead">
        <ArticleTeaser article={lead} to={articlePath(lead.seq)} lead />
      </div>
      <aside className="page-titles" aria-label={t("page.titles")}>
        <PageTitles page={page} articlePath={articlePath} />
      </aside>
      <div className="page-columns">
        {rest.map((article) => (
          <ArticleTeaser key={article.id} article={article} to={articlePath(article.seq)} />
        ))}
      </div>
    </div>
  );
}

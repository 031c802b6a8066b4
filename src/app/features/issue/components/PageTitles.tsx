import { Link } from "react-router";
import type { Page } from "@/bundle/schema";

/** 本版标题: every headline of the page, in order, as links. */
export function PageTitles({ page, articlePath }: { page: Page; articlePath: (seq: number) => string }) {
  return (
    <>
      <h2 className="section-label">本版标题</h2>
      <ol className="mt-2 space-y-2 text-sm">
        {page.articles.map((article) => (
          <li key={article.id} className="flex gap-2">
            <span className="w-6 shrink-0 whitespace-nowrap text-right tabular-nums text-muted" aria-hidden="true">
              {article.seq}.
            </span>
            <Link to={articlePath(article.seq)} className="link-quiet">
              {article.title || "（无标题）"}
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}

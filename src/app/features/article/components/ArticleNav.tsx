import { Link } from "react-router";
import type { Article } from "@/bundle/schema";
import { useArrowKeys } from "../api/use-arrow-keys";

/** Previous/next article in the issue and the way back to the page; ← and → follow them. */
export function ArticleNav({
  previous,
  next,
  pageTo,
  pageName,
}: {
  previous: { article: Article; to: string } | null;
  next: { article: Article; to: string } | null;
  pageTo: string;
  pageName: string;
}) {
  useArrowKeys(previous?.to ?? null, next?.to ?? null);
  return (
    <nav aria-label="文章导航" className="article-nav">
      <Link to={pageTo} className="control-button self-start">
        ↑ 返回{pageName}
      </Link>
      <div className="grid gap-3 sm:grid-cols-2">
        {previous ? (
          <Link to={previous.to} rel="prev" className="nav-card">
            <span className="text-xs text-muted">← 上一篇</span>
            <span className="headline mt-1 block text-base">{previous.article.title}</span>
          </Link>
        ) : (
          <span className="hidden sm:block" />
        )}
        {next && (
          <Link to={next.to} rel="next" className="nav-card sm:text-right">
            <span className="text-xs text-muted">下一篇 →</span>
            <span className="headline mt-1 block text-base">{next.article.title}</span>
          </Link>
        )}
      </div>
    </nav>
  );
}

import { Link } from "react-router";
import type { ArticleHead } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";
import { useArrowKeys } from "../api/use-arrow-keys";

/** Previous/next article in the issue and the way back to the page; ← and → follow them. */
export function ArticleNav({
  previous,
  next,
  pageTo,
  pageName,
}: {
  previous: { article: ArticleHead; to: string } | null;
  next: { article: ArticleHead; to: string } | null;
  pageTo: string;
  pageName: string;
}) {
  const t = useT();
  useArrowKeys(previous?.to ?? null, next?.to ?? null);
  return (
    <nav aria-label={t("article.nav")} className="article-nav">
      <Link to={pageTo} className="control-button self-start">
        {t("article.back", { page: pageName })}
      </Link>
      <div className="grid gap-3 sm:grid-cols-2">
        {previous ? (
          <Link to={previous.to} rel="prev" className="nav-card">
            <span className="text-xs text-muted">{t("article.prev")}</span>
            <span className="headline mt-1 block text-base" data-content="">
              {previous.article.title}
            </span>
          </Link>
        ) : (
          <span className="hidden sm:block" />
        )}
        {next && (
          <Link to={next.to} rel="next" className="nav-card sm:text-right">
            <span className="text-xs text-muted">{t("article.next")}</span>
            <span className="headline mt-1 block text-base" data-content="">
              {next.article.title}
            </span>
          </Link>
        )}
      </div>
    </nav>
  );
}
